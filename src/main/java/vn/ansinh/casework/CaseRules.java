package vn.ansinh.casework;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The case workflow's data kept with the rules ({@code rules/casework/}, {@code rules/calendar/}):
 * approval chains and posting/SLA days with effective dates, and the working-day calendar.
 */
final class CaseRules {

    private final DatedTable chains;
    private final DatedTable parameters;
    private final WorkingCalendar calendar;

    CaseRules(DatedTable chains, DatedTable parameters, WorkingCalendar calendar) {
        this.chains = chains;
        this.parameters = parameters;
        this.calendar = calendar;
        chains.rows().forEach(r -> ApprovalChain.parse(r.get("levels")));
        parameters.rows().forEach(r -> {
            Integer.parseInt(r.get("posting_working_days"));
            Integer.parseInt(r.get("approval_sla_working_days"));
        });
    }

    static CaseRules load(Path rulesDir) {
        return new CaseRules(
                DatedTable.load(rulesDir.resolve("casework/approval-chains.csv")),
                DatedTable.load(rulesDir.resolve("casework/parameters.csv")),
                WorkingCalendar.load(rulesDir.resolve("calendar/holidays.csv")));
    }

    ApprovalChain chain(Program program, LocalDate day) {
        return ApprovalChain.parse(chains.inForce(program, day).get("levels"));
    }

    int postingDays(Program program, LocalDate day) {
        return Integer.parseInt(parameters.inForce(program, day).get("posting_working_days"));
    }

    int approvalSlaDays(Program program, LocalDate day) {
        return Integer.parseInt(parameters.inForce(program, day).get("approval_sla_working_days"));
    }

    WorkingCalendar calendar() {
        return calendar;
    }
}
