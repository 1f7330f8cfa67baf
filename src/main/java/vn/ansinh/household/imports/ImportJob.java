package vn.ansinh.household.imports;

import java.time.Instant;
import java.util.UUID;

/** The stored state of one import. */
record ImportJob(UUID id, String status, ImportMode mode, ExistingHouseholds existing, String fileName, String username,
                 String jurisdiction, int totalRows, int processedRows, int importedRows, int created, int updated,
                 int skipped, int rejectedRows, String failure, Instant startedAt, Instant heartbeatAt,
                 Instant finishedAt) {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    int progress() {
        if (!RUNNING.equals(status)) {
            return 100;
        }
        return totalRows == 0 ? 0 : (int) Math.min(99, 100L * processedRows / totalRows);
    }
}
