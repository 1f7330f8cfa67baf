package vn.ansinh.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A bulk re-evaluation job's answer ({@code GET /api/reevaluations/{jobId}}), computed from its chunk rows:
 * {@code status} RUNNING, DONE or FAILED; {@code progress} 0–100 (households of the chunks done over the households
 * planned); {@code households} read so far, {@code decisions} stored, {@code changed} households with a status
 * change flagged, {@code skipped} households not evaluated (no assessment), {@code flags} flag rows; the chunks and
 * which nodes ran them.
 */
public record ReevaluationStatus(UUID jobId, String status, int progress, String scope, LocalDate asOf, long households,
                                 long decisions, long changed, long skipped, long flags, Integer plannedHouseholds,
                                 Integer chunks, int chunksDone, List<NodeShare> nodes, String startedBy,
                                 Instant startedAt, Instant finishedAt) {

    /** The chunks one node (Flowable lock owner) ran, and their households. */
    public record NodeShare(String node, int chunks, long households) {
    }
}
