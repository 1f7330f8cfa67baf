package vn.ansinh.casework;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The case workflow's data kept with the rules ({@code rules/casework/}, {@code rules/calendar/}):
 * approval chains and posting/SLA days with effective dates, and the working-day calendar.
 * A chain row whose {@code in_force} is {@code no} is an alternative a province can switch on; it is checked all the same.
 */
public final class CaseRules {

    private volatile DatedTable chains;
    private final DatedTable parameters;
    private final WorkingCalendar calendar;
    private final DatedTable appeals;

    CaseRules(DatedTable chains, DatedTable parameters, WorkingCalendar calendar) {
        this(chains, parameters, calendar, DatedTable.parse("appeals.csv", List.of(
                "program,valid_from,lodging_days,review_working_days,reference", "*,2000-01-01,90,30,default")));
    }

    CaseRules(DatedTable chains, DatedTable parameters, WorkingCalendar calendar, DatedTable appeals) {
        this.appeals = appeals;
        appeals.rows().forEach(r -> {
            Integer.parseInt(r.get("lodging_days"));
            Integer.parseInt(r.get("review_working_days"));
        });
        this.chains = check(chains);
        this.parameters = parameters;
        this.calendar = calendar;
        parameters.rows().forEach(r -> {
            Integer.parseInt(r.get("posting_working_days"));
            Integer.parseInt(r.get("approval_sla_working_days"));
        });
    }

    static CaseRules load(Path rulesDir) {
        return new CaseRules(
                DatedTable.load(rulesDir.resolve("casework/approval-chains.csv")),
                DatedTable.load(rulesDir.resolve("casework/parameters.csv")),
                WorkingCalendar.load(rulesDir.resolve("calendar/holidays.csv")),
                DatedTable.load(rulesDir.resolve("casework/appeals.csv")));
    }

    public ApprovalChain chain(Program program, LocalDate day) {
        return ApprovalChain.parse(chains.inForce(program, day).get("levels"));
    }

    /**
     * The level that approves after {@code approved} (null: none yet): the first approving level above it in the
     * chain in force on {@code day}, or empty when no level is left.
     */
    Optional<ApprovalLevel> levelAfter(Program program, LocalDate day, ApprovalLevel approved) {
        return chain(program, day).approvers().stream()
                .filter(level -> approved == null || level.compareTo(approved) > 0).findFirst();
    }

    /** Swaps the approval chains (a province switching the alternative on); returns the chains it replaced. */
    DatedTable replaceChains(DatedTable replacement) {
        DatedTable old = chains;
        chains = check(replacement);
        return old;
    }

    /** Every chain row, in force or not: known levels, lowest first, and an approver role for each approving level. */
    private static DatedTable check(DatedTable chains) {
        for (DatedTable.Row row : chains.rows()) {
            try {
                ApprovalChain chain = ApprovalChain.parse(row.get("levels"));
                for (int i = 1; i < chain.levels().size(); i++) {
                    if (chain.levels().get(i).compareTo(chain.levels().get(i - 1)) <= 0) {
                        throw new IllegalArgumentException("levels must go up: " + chain);
                    }
                }
                chain.approvers().forEach(level -> level.approverRole()
                        .orElseThrow(() -> new IllegalArgumentException("no approver role for level " + level)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("approval-chains.csv line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        return chains;
    }

    public int postingDays(Program program, LocalDate day) {
        return Integer.parseInt(parameters.inForce(program, day).get("posting_working_days"));
    }

    public int approvalSlaDays(Program program, LocalDate day) {
        return Integer.parseInt(parameters.inForce(program, day).get("approval_sla_working_days"));
    }

    /** Days (calendar days) a household has to appeal after the decision; rules/casework/appeals.csv. */
    public int appealLodgingDays(Program program, LocalDate day) {
        return Integer.parseInt(appeals.inForce(program, day).get("lodging_days"));
    }

    /** Working days the reviewer has to decide an appeal from the day it was received. */
    public int appealReviewDays(Program program, LocalDate day) {
        return Integer.parseInt(appeals.inForce(program, day).get("review_working_days"));
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
