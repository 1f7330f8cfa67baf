package vn.ansinh.household;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * One transaction's run of {@link HouseholdManagement#importHousehold}: what the new households it saved hold whose
 * inserts still wait to go to PostgreSQL together in JDBC batches (the import's chunk sends them at its end). The
 * register's checks of a later household ask the database — the households whose head has its commune and birth date
 * (the duplicate check), the members holding its CCCDs — so when a waiting household has one of those, the waiting
 * inserts are sent first and the checks see every household saved before, as they did when each was inserted at once.
 */
public final class ImportBatch {

    private final Set<String> heads = new HashSet<>();
    private final Set<String> cccds = new HashSet<>();

    boolean waits(String communeCode, LocalDate headBorn, Set<String> cccdsOfForm) {
        return (headBorn != null && heads.contains(communeCode + '|' + headBorn))
                || cccdsOfForm.stream().anyMatch(cccds::contains);
    }

    void saved(String communeCode, LocalDate headBorn, Set<String> cccdsOfForm) {
        if (headBorn != null) {
            heads.add(communeCode + '|' + headBorn);
        }
        cccds.addAll(cccdsOfForm);
    }

    /** The waiting inserts were sent (a flush of the transaction's changes). */
    void sent() {
        heads.clear();
        cccds.clear();
    }
}
