package vn.ansinh.casework.process;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseClock;
import vn.ansinh.casework.CaseHistory;
import vn.ansinh.casework.CaseStatus;
import vn.ansinh.casework.Cases;

import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** The SLA ran out: flag the case and put its approval task first in the approvers' inbox. */
@Component("approvalOverdueStep")
public class ApprovalOverdueStep extends CaseSteps implements JavaDelegate {

    public static final int OVERDUE_PRIORITY = 100;

    private final TaskService tasks;

    ApprovalOverdueStep(Cases cases, CaseHistory history, CaseClock clock, TaskService tasks) {
        super(cases, history, clock);
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Case c = caseOf(execution);
        if (c.status() != CaseStatus.APPROVAL) {
            return;
        }
        c.markOverdue();
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("approval").singleResult();
        if (task != null) {
            tasks.setPriority(task.getId(), OVERDUE_PRIORITY);
        }
        history.record(c, "approval", "OVERDUE", CaseHistory.SYSTEM, String.valueOf(c.approvalDueOn()));
    }
}
