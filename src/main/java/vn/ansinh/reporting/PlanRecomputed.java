package vn.ansinh.reporting;

import vn.ansinh.common.audit.Audited;

/** Province staff rebuilt the plan's counts of the years {@code from}–{@code to} from the register. */
public record PlanRecomputed(int from, int to) implements Audited {

    @Override
    public String action() {
        return "PLAN_RECOMPUTED";
    }

    @Override
    public String subjectType() {
        return "plan";
    }

    @Override
    public String subjectId() {
        return null;
    }

    @Override
    public String detail() {
        return from + "-" + to;
    }
}
