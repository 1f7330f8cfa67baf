package vn.ansinh.policy;

import java.util.List;

/**
 * What an impact run found (so far, while it runs), within the caller's view (a commune officer's: their commune):
 * households evaluated and changed, people changed, the monthly cost before and after (social allowance, care support,
 * social pension), households in bands of their monthly amount's change, per program how decisions moved from one
 * outcome to another, and the same counts by district and commune.
 */
public record ImpactSummary(int householdsEvaluated, int householdsSkipped, int householdsChanged, int peopleChanged,
                            long monthlyCostBefore, long monthlyCostAfter, Bands bands, List<Program> programs,
                            List<Area> districts, List<Area> communes) {

    /** Households whose monthly amount went more than 10 % down, down, stayed, up, more than 10 % up. */
    public record Bands(int muchDown, int down, int unchanged, int up, int muchUp) {
    }

    /** One program's changes: households and people, the monthly cost, and each transition with how many decisions. */
    public record Program(String program, int householdsChanged, int peopleChanged, long monthlyCostBefore,
                          long monthlyCostAfter, Bands bands, List<Transition> transitions) {
    }

    /** Decisions that went from {@code before} to {@code after}. */
    public record Transition(String before, String after, long count) {
    }

    /** A district's or commune's changes: every program together, and per program the households changed. */
    public record Area(String code, String name, String districtCode, int householdsEvaluated, int householdsChanged,
                       int peopleChanged, long monthlyCostBefore, long monthlyCostAfter,
                       java.util.Map<String, Integer> householdsChangedByProgram) {
    }
}
