package vn.ansinh.casework.process;

import vn.ansinh.casework.ApprovalLevel;
import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.CaseRules;
import vn.ansinh.casework.Cases;

import java.time.LocalDate;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets the approval task of the level named in {@value #NEXT_LEVEL} (by {@code postingClosed} or the previous
 * approval): its role-qualified candidate group and SLA due date; no level left completes the approvals.
 */
@Component("approvalRoutingStep")
public class ApprovalRoutingStep extends CaseSteps implements JavaDelegate {

    public static final String NEXT_LEVEL = "nextApprovalLevel";

    private final CaseRules rules;
    private final String provinceCode;

    ApprovalRoutingStep(Cases cases, CaseHistory history, CaseClock clock, CaseRules rules,
                        @Value("${ansinh.province-code:34}") String provinceCode) {
        super(cases, history, clock);
        this.rules = rules;
        this.provinceCode = provinceCode;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String next = (String) execution.getVariable(NEXT_LEVEL);
        if (next == null || next.isBlank()) {
            execution.setVariable("approvalsComplete", true);
            return;
        }
        Case c = caseOf(execution);
        ApprovalLevel level = ApprovalLevel.valueOf(next);
        if (level == ApprovalLevel.DISTRICT && c.districtCode() == null) {
            level = ApprovalLevel.PROVINCE;
        }
        LocalDate today = clock.today();
        LocalDate due = rules.calendar().addWorkingDays(today, rules.approvalSlaDays(c.program(), today));
        String group = groupOf(level, c);
        c.awaitApproval(level, group, due);
        execution.setVariable("approvalsComplete", false);
        execution.setVariable("approverGroup", group);
        execution.setVariable("approvalDueAt", CaseClock.endOf(due));
        history.record(c, "approval", "AWAITING_" + level.name(), CaseHistory.SYSTEM, group + " → " + due);
    }

    /** {@code approver:district:336}, {@code approver:province:34}: the level's approver role over the case's area. */
    private String groupOf(ApprovalLevel level, Case c) {
        String prefix = level.approverRole().orElseThrow(() -> new IllegalStateException("no approver at " + level)).groupPrefix();
        return prefix + ":" + switch (level) {
            case COMMUNE -> "commune:" + c.communeCode();
            case DISTRICT -> "district:" + c.districtCode();
            case PROVINCE -> "province:" + provinceCode;
        };
    }
}
