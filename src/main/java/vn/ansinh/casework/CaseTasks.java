package vn.ansinh.casework;

import java.util.Map;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import java.sql.SQLException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.springframework.dao.ConcurrencyFailureException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The Flowable side of acting on a case: finds the case's open task for a step, checks the caller may
 * take it (candidate group of their area, not claimed by someone else) and completes it. Losing a race
 * — any {@link FlowableException}, or the case row changed underneath — is "already handled".
 */
@Component
class CaseTasks {

    /** Metric (README, Province scale): user-task completions that committed, tagged with the step. */
    static final String COMPLETED = "ansinh.tasks.completed";

    private final TaskService tasks;
    private final MeterRegistry meters;

    CaseTasks(TaskService tasks, MeterRegistry meters) {
        this.tasks = tasks;
        this.meters = meters;
    }

    Task open(Case c, String step, CaseActor actor) {
        Task mine = tasks.createTaskQuery().processInstanceId(c.processInstanceId()).taskDefinitionKey(step)
                .or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr().singleResult();
        if (mine != null) {
            return mine;
        }
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
        throw new CaseAlreadyHandled("step " + step + " of case " + c.id() + " is claimed by " + task.getAssignee(), null);
    }

    void complete(Task task, Map<String, Object> variables) {
        complete(task, variables, Map.of());
    }

    /** Completes with transient variables too: values the next service tasks read in this transaction, never stored. */
    void complete(Task task, Map<String, Object> variables, Map<String, Object> transientVariables) {
        try {
            if (transientVariables.isEmpty()) {
                tasks.complete(task.getId(), variables);
            } else {
                tasks.complete(task.getId(), variables, transientVariables);
            }
            countOnCommit(task.getTaskDefinitionKey());
        } catch (FlowableException e) {
            throw new CaseAlreadyHandled("task " + task.getId() + " was handled concurrently", e);
        } catch (ConcurrencyFailureException e) {
            throw new CaseAlreadyHandled("case changed concurrently", e);
        } catch (PersistenceException e) {
            if (isSerializationFailure(e)) {
                throw new CaseAlreadyHandled("task " + task.getId() + " was handled concurrently", e);
            }
            throw e;
        }
    }

    /** A completion counts once its transaction commits: a rolled-back act completed nothing. */
    private void countOnCommit(String step) {
        Counter counter = Counter.builder(COMPLETED).description("case user tasks completed (committed)")
                .tag("step", step == null ? "unknown" : step).register(meters);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }

    /** PostgreSQL's SQLSTATE class 40: serialization failure or deadlock — the other transaction went first. */
    private static boolean isSerializationFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    void claim(Task task, CaseActor actor) {
        try {
            tasks.claim(task.getId(), actor.username());
        } catch (FlowableException e) {
            throw new CaseAlreadyHandled("task " + task.getId() + " already claimed", e);
        }
    }
}
