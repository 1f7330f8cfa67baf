package vn.ansinh.casework.campaign;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign as {@code GET /api/campaigns/{id}} answers it, its counts within the caller's area: {@code status}
 * {@code OPENING} (its cases are being opened; {@code progress} 0–100), {@code OPEN}, {@code CLOSED} (read-only) or
 * {@code FAILED} (a chunk used up its retries); {@code households} on its list, cases {@code opened} (or taken up),
 * and {@code byStep} where those cases stand.
 */
public record CampaignStatus(long id, int year, LocalDate startsOn, LocalDate endsOn, String status, int progress,
                             long households, long opened, ByStep byStep, Integer chunks, int chunksDone,
                             String openedBy, Instant openedAt, String closedBy, Instant closedAt, Integer leftOpen,
                             Integer fixed) {

    /** Cases by step: assessment (and its not-eligible review), village meeting, posting (and re-verification), approval, decided. */
    public record ByStep(long assessment, long meeting, long posted, long approval, long decided) {
    }
}
