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
                        offered(actor.groups(), filter).stream())
                .filter(distinctIds()).sorted(FIRST).limit(PAGE).toList();
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

    /**
     * The first page of the unassigned tasks offered to these groups, read from the groups' candidate links. Flowable's
     * {@code taskCandidateGroupIn} asks PostgreSQL for every open task with an {@code exists} on its links, which the
     * planner answers by reading all open tasks and probing each one's links (a district's 12.000 offered tasks among
     * 300.000: 3,4 s, 1,2 million page hits); driven from the group index, the same tasks cost one lookup each
     * (0,4 s under load). Same conditions as Flowable's query: the case process, unassigned, a candidate link to one of
     * the groups, and the filter's process variables as Flowable stores a string variable.
     */
    private List<Task> offered(List<String> groups, InboxFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select RES.* from ACT_RU_IDENTITYLINK LINK join ACT_RU_TASK RES on RES.ID_ = LINK.TASK_ID_
                where LINK.TYPE_ = 'candidate' and LINK.GROUP_ID_ in (""");
        org.flowable.task.api.NativeTaskQuery query = tasks.createNativeTaskQuery();
        for (int i = 0; i < groups.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
            query.parameter("group" + i, groups.get(i));
        }
        sql.append(") and RES.ASSIGNEE_ is null and RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = #{key})");
        query.parameter("key", CaseWorkflow.PROCESS_KEY);
        if (filter.communeCode() != null && !filter.communeCode().isBlank()) {
            sql.append(variableIs("communeCode"));
            query.parameter("communeCode", filter.communeCode());
        }
        if (filter.program() != null) {
            sql.append(variableIs("program"));
            query.parameter("program", filter.program().name());
        }
        if (filter.overdueOnly()) {
            sql.append(" and RES.PRIORITY_ >= #{overdue}");
            query.parameter("overdue", ApprovalOverdueStep.OVERDUE_PRIORITY);
        }
        sql.append(" order by RES.PRIORITY_ desc, RES.CREATE_TIME_ asc, RES.ID_ asc");
        return groups.isEmpty() ? List.of() : query.sql(sql.toString()).listPage(0, PAGE);
    }

    /** The process instance's string variable {@code name} equals the parameter of that name. */
    private static String variableIs(String name) {
        return " and exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = RES.PROC_INST_ID_ and V.TASK_ID_ is null"
                + " and V.NAME_ = '" + name + "' and V.TYPE_ = 'string' and V.TEXT_ = #{" + name + "})";
    }

    /** Each task once (a task offered to two of the actor's groups, or also assigned to them, is one item). */
    private static java.util.function.Predicate<Task> distinctIds() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return t -> seen.add(t.getId());
    }

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
