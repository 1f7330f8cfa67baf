package vn.ansinh.casework.inbox;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.Cases;
import vn.ansinh.casework.process.ApprovalOverdueStep;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user's open tasks: assigned to them or offered to their area's group; overdue first. */
@Component
public class CaseInbox {

    static final int PAGE = 200;

    private final TaskService tasks;
    private final Cases cases;

    CaseInbox(TaskService tasks, Cases cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    /**
     * Assigned to the actor, then offered to their groups, as two queries merged by priority and creation: one
     * {@code assignee or candidate group} query cannot use an index for either half and reads every open task.
     */
    @Transactional(readOnly = true)
    public List<InboxItem> of(CaseActor actor, InboxFilter filter) {
        List<Task> page = java.util.stream.Stream.concat(
                        query(filter).taskAssignee(actor.username()).orderByTaskPriority().desc()
                                .orderByTaskCreateTime().asc().listPage(0, PAGE).stream(),
                        query(filter).taskCandidateGroupIn(actor.groups()).orderByTaskPriority().desc()
                                .orderByTaskCreateTime().asc().listPage(0, PAGE).stream())
                .sorted(FIRST).limit(PAGE).toList();
        Map<String, Case> byProcess = cases.findByProcessInstanceIdIn(
                        page.stream().map(Task::getProcessInstanceId).toList()).stream()
                .collect(Collectors.toMap(Case::processInstanceId, Function.identity()));
        return page.stream().filter(t -> byProcess.containsKey(t.getProcessInstanceId()))
                .map(t -> item(t, byProcess.get(t.getProcessInstanceId())))
                .toList();
    }

    /** The order both halves are read in: priority (overdue first), then the oldest task. */
    private static final java.util.Comparator<Task> FIRST = java.util.Comparator.comparingInt(Task::getPriority).reversed()
            .thenComparing(Task::getCreateTime).thenComparing(Task::getId);

    private TaskQuery query(InboxFilter filter) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(CaseWorkflow.PROCESS_KEY);
        if (filter.communeCode() != null && !filter.communeCode().isBlank()) {
            query.processVariableValueEquals("communeCode", filter.communeCode());
        }
        if (filter.program() != null) {
            query.processVariableValueEquals("program", filter.program().name());
        }
        if (filter.overdueOnly()) {
            query.taskMinPriority(ApprovalOverdueStep.OVERDUE_PRIORITY);
        }
        return query;
    }

    private static InboxItem item(Task t, Case c) {
        return new InboxItem(t.getId(), t.getTaskDefinitionKey(), t.getName(), c.id(), c.householdId(), c.program(),
                c.communeCode(), c.status(), t.getCreateTime().toInstant(), t.getAssignee(),
                t.getPriority() >= ApprovalOverdueStep.OVERDUE_PRIORITY, dueOn(t, c), c.version(), c.reference());
    }

    private static java.time.LocalDate dueOn(Task t, Case c) {
        return "approval".equals(t.getTaskDefinitionKey()) ? c.approvalDueOn()
                : "publicPosting".equals(t.getTaskDefinitionKey()) ? c.postingEndsOn() : null;
    }
}
