package vn.ansinh.policy.impact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ansinh.policy.ImpactChange.Side;

/**
 * The counts of one chunk, per commune and program ({@code *} = every program): households evaluated and changed,
 * people changed, the monthly cost before and after, each household's monthly amount in its band of change, and how
 * many decisions went from each outcome to each other (or stayed). Added to the run's rows when the chunk commits.
 */
public final class ImpactTally {

    public static final String ALL = "*";

    /** Counts of one commune and program. */
    public static final class Area {
        final String communeCode;
        final String districtCode;
        final String program;
        int households;
        int householdsChanged;
        int peopleChanged;
        long monthlyBefore;
        long monthlyAfter;
        final int[] bands = new int[5];

        Area(String communeCode, String districtCode, String program) {
            this.communeCode = communeCode;
            this.districtCode = districtCode;
            this.program = program;
        }
    }

    record AreaKey(String communeCode, String program) {
    }

    record TransitionKey(String communeCode, String program, String before, String after) {
    }

    final Map<AreaKey, Area> areas = new HashMap<>();
    final Map<TransitionKey, int[]> transitions = new HashMap<>();

    /** Adds one household: its compared decisions and the number of people in it. */
    public void add(String communeCode, String districtCode, int people, List<ImpactDiff.Compared> decisions) {
        Map<String, long[]> monthly = new HashMap<>();
        Map<String, int[]> changedPeople = new HashMap<>();
        java.util.Set<String> changedPrograms = new java.util.HashSet<>();
        java.util.Set<Long> changedMembers = new java.util.HashSet<>();
        boolean householdWide = false;
        long totalBefore = 0;
        long totalAfter = 0;
        for (ImpactDiff.Compared c : decisions) {
            Side b = c.before();
            Side a = c.after();
            monthly.computeIfAbsent(c.program(), k -> new long[2]);
            monthly.get(c.program())[0] += b.monthlyAmount();
            monthly.get(c.program())[1] += a.monthlyAmount();
            totalBefore += b.monthlyAmount();
            totalAfter += a.monthlyAmount();
            transitions.computeIfAbsent(new TransitionKey(communeCode, c.program(), b.outcome(), a.outcome()),
                    k -> new int[1])[0]++;
            if (c.changed()) {
                changedPrograms.add(c.program());
                changedPeople.computeIfAbsent(c.program(), k -> new int[1])[0] += c.memberId() == null ? people : 1;
                if (c.memberId() == null) {
                    householdWide = true;
                } else {
                    changedMembers.add(c.memberId());
                }
            }
        }
        for (String program : ImpactDiff.PROGRAMS) {
            Area area = area(communeCode, districtCode, program);
            area.households++;
            long[] m = monthly.getOrDefault(program, new long[2]);
            area.monthlyBefore += m[0];
            area.monthlyAfter += m[1];
            area.bands[band(m[0], m[1])]++;
            if (changedPrograms.contains(program)) {
                area.householdsChanged++;
                area.peopleChanged += Math.min(people, changedPeople.get(program)[0]);
            }
        }
        Area all = area(communeCode, districtCode, ALL);
        all.households++;
        all.monthlyBefore += totalBefore;
        all.monthlyAfter += totalAfter;
        all.bands[band(totalBefore, totalAfter)]++;
        if (!changedPrograms.isEmpty()) {
            all.householdsChanged++;
            all.peopleChanged += householdWide ? people : Math.min(people, changedMembers.size());
        }
    }

    /** 0: more than 10 % down, 1: down, 2: unchanged, 3: up, 4: more than 10 % up (from nothing: more than 10 % up). */
    static int band(long before, long after) {
        if (after == before) {
            return 2;
        }
        if (after < before) {
            return (before - after) * 10 > before ? 0 : 1;
        }
        return before == 0 || (after - before) * 10 > before ? 4 : 3;
    }

    private Area area(String communeCode, String districtCode, String program) {
        return areas.computeIfAbsent(new AreaKey(communeCode, program), k -> new Area(communeCode, districtCode, program));
    }
}
