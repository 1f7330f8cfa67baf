package vn.ansinh.casework;

import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The Flowable side of acting on a case: finds the case's open task for a step, checks the caller may
 * take it (candidate group of their area, not claimed by someone else) and completes it. Losing a race
 * — any {@link FlowableException}, or the case row changed underneath — is "already handled".
 */
@Component
class CaseTasks {

    private final TaskService tasks;

    CaseTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    Task open(Case c, String step, CaseActor actor) {
        Task task = tasks.createTaskQuery().processInstanceId(c.processInstanceId()).taskDefinitionKey(step).singleResult();
        if (task == null) {
            throw new CaseAlreadyHandled("case " + c.id() + " has no open step " + step, null);
        }
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .anyMatch(actor.group()::equals);
        if (!candidate) {
            throw new CaseNotFound(c.id());
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new CaseAlreadyHandled("step " + step + " of case " + c.id() + " is claimed by " + task.getAssignee(), null);
        }
        return task;
    }

    void complete(Task task, Map<String, Object> variables) {
        try {
            tasks.complete(task.getId(), variables);
        } catch (FlowableException e) {
            throw new CaseAlreadyHandled("task " + task.getId() + " was handled concurrently", e);
        } catch (OptimisticLockingFailureException e) {
            throw new CaseAlreadyHandled("case changed concurrently", e);
        }
    }

    void claim(Task task, CaseActor actor) {
        try {
            tasks.claim(task.getId(), actor.username());
        } catch (FlowableException e) {
            throw new CaseAlreadyHandled("task " + task.getId() + " already claimed", e);
        }
    }
}
