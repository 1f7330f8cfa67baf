package vn.ansinh.household.imports;

import java.util.UUID;
import vn.ansinh.common.audit.Audited;

/** An import has ended: what it read, wrote and refused. */
public record HouseholdsImported(UUID jobId, ImportMode mode, int rows, int importedRows, int rejectedRows,
                                 int householdsCreated, int householdsUpdated, int householdsSkipped) implements Audited {

    @Override
    public String action() {
        return "HOUSEHOLDS_IMPORTED";
    }

    @Override
    public String subjectType() {
        return "household_import";
    }

    @Override
    public String subjectId() {
        return jobId.toString();
    }

    @Override
    public String detail() {
        return mode + ": " + rows + " rows, " + importedRows + " imported, " + rejectedRows + " rejected; households "
                + householdsCreated + " created, " + householdsUpdated + " updated, " + householdsSkipped + " skipped";
    }
}
