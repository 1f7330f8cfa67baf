package vn.ansinh.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One transaction's run of {@link HouseholdManagement#importHousehold} (an import's chunk): what the register's checks
 * of its new households ask the register, read once for the chunk ({@link HouseholdManagement#importBatch}) — who
 * holds their CCCDs, and the households of their communes whose head was born on their heads' birth dates (the
 * duplicate check) — and kept up to date with every household the chunk saves. The new households' inserts wait to go
 * to PostgreSQL together in JDBC batches at the chunk's end, so the checks of a later household could not find them
 * in the database; here they do, as they did when each was inserted at once. A household the chunk updates is checked
 * against the database, after the waiting inserts are sent.
 */
public final class ImportBatch {

    /** A CCCD's holder: [member id (null when not yet known), household id]. */
    private final Map<String, Long[]> holders = new HashMap<>();
    private final Map<String, List<DuplicateHousehold.Match>> heads = new HashMap<>();
    private boolean waiting;

    ImportBatch(List<Object[]> holderRows, List<Object[]> headRows) {
        for (Object[] row : holderRows) {
            holders.put(((String) row[2]).trim(), new Long[] {(Long) row[0], (Long) row[1]});
        }
        for (Object[] row : headRows) {
            List<DuplicateHousehold.Match> same = heads.computeIfAbsent(key((String) row[4], (LocalDate) row[5]),
                    k -> new ArrayList<>());
            if (same.stream().noneMatch(m -> m.id() == (Long) row[0])) {
                same.add(new DuplicateHousehold.Match((Long) row[0], (String) row[1], (String) row[2], (String) row[3]));
            }
        }
    }

    private static String key(String communeCode, LocalDate born) {
        return communeCode + '|' + born;
    }

    /** [member id, household id, cccd] of the holders of these CCCDs, as {@code Members.holdersOf} answers. */
    List<Object[]> holdersOf(Collection<String> cccds) {
        List<Object[]> found = new ArrayList<>();
        for (String cccd : cccds) {
            Long[] holder = holders.get(cccd);
            if (holder != null) {
                found.add(new Object[] {holder[0], holder[1], cccd});
            }
        }
        return found;
    }

    /** The households of the commune whose head was born that day, by id. */
    List<DuplicateHousehold.Match> headsBornOn(String communeCode, LocalDate born) {
        return heads.getOrDefault(key(communeCode, born), List.of());
    }

    /** A new household saved: its inserts wait; its head and its members' CCCDs are the register's from now on. */
    void saved(Household household, LocalDate headBorn) {
        waiting = true;
        remember(household, headBorn);
    }

    /** A household updated (and flushed by the caller): its head and CCCDs as they are now. */
    void updated(Household household, LocalDate headBorn) {
        heads.values().forEach(same -> same.removeIf(m -> m.id() == household.id()));
        remember(household, headBorn);
    }

    private void remember(Household household, LocalDate headBorn) {
        for (Member member : household.members()) {
            if (member.cccd() != null && !member.cccd().isBlank()) {
                holders.put(member.cccd().trim(), new Long[] {member.id(), household.id()});
            }
        }
        if (headBorn != null) {
            List<DuplicateHousehold.Match> same = heads.computeIfAbsent(key(household.communeCode(), headBorn),
                    k -> new ArrayList<>());
            same.add(new DuplicateHousehold.Match(household.id(), household.code(), household.headName(), household.village()));
            same.sort(java.util.Comparator.comparingLong(DuplicateHousehold.Match::id));
        }
    }

    /** Whether inserts wait; then they are sent (the caller flushes) and none waits. */
    boolean send() {
        boolean any = waiting;
        waiting = false;
        return any;
    }
}
