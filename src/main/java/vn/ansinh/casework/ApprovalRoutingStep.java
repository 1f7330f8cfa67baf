package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Asks the approval chain who approves next and sets the approval task's group and SLA due date. */
@Component("approvalRoutingStep")
class ApprovalRoutingStep extends CaseSteps implements JavaDelegate {

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
        List<ApprovalLevel> approvers = ApprovalChain.parse((String) execution.getVariable("approvalChain")).approvers();
        int step = ((Number) execution.getVariable("approvalStep")).intValue();
        if (step >= approvers.size()) {
            execution.setVariable("approvalsComplete", true);
            return;
        }
        Case c = caseOf(execution);
        ApprovalLevel level = approvers.get(step);
        LocalDate today = clock.today();
        LocalDate due = rules.calendar().addWorkingDays(today, rules.approvalSlaDays(c.program(), today));
        String group = groupOf(level, c);
        c.awaitApproval(level, group, due);
        execution.setVariable("approvalsComplete", false);
        execution.setVariable("approvalLevel", level.name());
        execution.setVariable("approverGroup", group);
        execution.setVariable("approvalDueAt", CaseClock.endOf(due));
        history.record(c, "approval", "AWAITING_" + level.name(), CaseHistory.SYSTEM, group + " → " + due);
    }

    private String groupOf(ApprovalLevel level, Case c) {
        return switch (level) {
            case COMMUNE -> "commune:" + c.communeCode();
            case DISTRICT -> c.districtCode() == null ? "province:" + provinceCode : "district:" + c.districtCode();
            case PROVINCE -> "province:" + provinceCode;
        };
    }
}
