package vn.ansinh.household.imports;

/** The running counts of one import. */
final class ImportCounts {
    int processedRows;
    int importedRows;
    int created;
    int updated;
    int skipped;
    int skippedRows;
    int rejectedRows;
}
