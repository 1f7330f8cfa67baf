package vn.ansinh.household.imports;

import java.util.List;
import java.util.UUID;

/**
 * A job's answer: {@code rows} the data rows of the file, {@code imported} the rows written, {@code rejected} the
 * first rejected rows (all of them in {@code rejected.csv}), {@code rejectedRows} how many, {@code progress} 0–100.
 */
public record ImportStatus(UUID jobId, String status, int progress, String mode, int rows, int processed, int imported,
                           int rejectedRows, Households households, String failure, List<Rejection> rejected) {

    public record Households(int created, int updated, int skipped) {
    }

    static ImportStatus of(ImportJob job, List<Rejection> rejected) {
        return new ImportStatus(job.id(), job.status(), job.progress(), job.mode().name(), job.totalRows(),
                job.processedRows(), job.importedRows(), job.rejectedRows(),
                new Households(job.created(), job.updated(), job.skipped()), job.failure(), rejected);
    }
}
