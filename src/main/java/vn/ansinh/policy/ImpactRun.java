package vn.ansinh.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An impact run as {@code GET /api/policy/impact/{jobId}} answers it: its status ({@code RUNNING}, {@code DONE},
 * {@code FAILED}), progress from 0 to 1, the summary and one page of the changes (filtered), within the caller's view.
 */
public record ImpactRun(UUID jobId, String status, double progress, long draftId, String draftLabel, long baseId,
                        String baseLabel, LocalDate asOf, String startedBy, OffsetDateTime startedAt,
                        OffsetDateTime finishedAt, int totalHouseholds, String failure, ImpactSummary summary,
                        List<ImpactChange> changes, int page, int size, long totalChanges, String communeCode) {
}
