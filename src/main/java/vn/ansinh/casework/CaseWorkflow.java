package vn.ansinh.casework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case workflow's door: every act of a commune officer or approver on a case. Each act checks the
 * caller's area, the form's version, the open step and the case's own rules, then completes the step.
 */
@Service
public class CaseWorkflow {

    /** A comment or reason fits the decision note column (1.000) and, with its prefix, the timeline's (2.000). */
    static final int MAX_COMMENT = 1_000;

    static final String PROCESS_KEY = "caseReview";

    private final Cases cases;
    private final CaseTasks tasks;
    private final RuntimeService runtime;
    private final CaseHistory history;
    private final CaseClock clock;

    CaseWorkflow(Cases cases, CaseTasks tasks, RuntimeService runtime, CaseHistory history, CaseClock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
    }

    /** Opens a case and starts its process; the household's area must be the officer's. */
    @Transactional
    public long open(OpenCase command, CaseActor actor) {
        if (!actor.covers(command.communeCode(), command.districtCode())) {
            throw new CaseNotFound(0);
        }
        Case c = cases.save(new Case(command.householdId(), command.memberId(), command.program(), command.kind(),
                command.communeCode(), command.districtCode(), actor.username(), clock.now()));
        Map<String, Object> vars = new HashMap<>();
        vars.put("caseId", c.id());
        vars.put("program", command.program().name());
        vars.put("communeCode", command.communeCode());
        vars.put("communeGroup", "commune:" + command.communeCode());
        try {
            Authentication.setAuthenticatedUserId(actor.username());
            c.attachProcess(runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                    .businessKey(String.valueOf(c.id())).variables(vars).start().getId());
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
        history.record(c, "caseOpened", "OPENED", actor.username(), command.program() + " · " + command.kind());
        return c.id();
    }

    @Transactional
    public void claim(long caseId, String step, CaseActor actor) {
        Case c = within(caseId, actor);
        Task task = tasks.open(c, step, actor);
        tasks.claim(task, actor);
        history.record(c, step, "CLAIMED", actor.username(), null);
    }

    /** Assessment confirmed; the evaluation runs at once. Returns whether the engine found the case eligible. */
    @Transactional
    public boolean submitAssessment(long caseId, Integer version, CaseActor actor, String snapshotJson, String comment) {
        Case c = act(caseId, version, actor, "assessment", Map.of("assessedBy", actor.username()),
                k -> k.submitAssessment(actor.username(), clock.now(), snapshotJson), "ASSESSED", comment);
        return c.status() != CaseStatus.NOT_ELIGIBLE;
    }

    @Transactional
    public void correctData(long caseId, Integer version, CaseActor actor, String comment) {
        act(caseId, version, actor, "notEligibleReview", Map.of("notEligibleAction", "CORRECT"),
                Case::correctData, "CORRECT_DATA", comment);
    }

    @Transactional
    public void closeNotEligible(long caseId, Integer version, CaseActor actor, String note) {
        act(caseId, version, actor, "notEligibleReview", Map.of("notEligibleAction", "CLOSE"),
                k -> k.closeNotEligible(actor.username(), clock.today(), note), "CLOSED", note);
    }

    /** Returns whether the meeting agreed (at least half of those present). */
    @Transactional
    public boolean recordMeeting(long caseId, Integer version, CaseActor actor, VillageMeeting meeting, String comment) {
        Case c = act(caseId, version, actor, "villageMeeting", Map.of("meetingAgreed", meeting.agreed()),
                k -> k.recordMeeting(meeting), meeting.agreed() ? "MEETING_AGREED" : "MEETING_NOT_AGREED",
                meeting.agreeing() + "/" + meeting.attendance() + (comment == null ? "" : " · " + comment));
        return c.meeting().agreed();
    }

    @Transactional
    public void recordComplaint(long caseId, Integer version, CaseActor actor, ComplaintType type, String comment) {
        act(caseId, version, actor, "publicPosting", Map.of("complaintType", type.name()),
                k -> k.recordComplaint(type), "COMPLAINT_" + type.name(), comment);
    }

    @Transactional
    public void reVerified(long caseId, Integer version, CaseActor actor, String comment) {
        act(caseId, version, actor, "reVerification", Map.of(), Case::reVerified, "RE_VERIFIED", comment);
    }

    @Transactional
    public void approve(long caseId, Integer version, CaseActor actor, String comment) {
        Case c = within(caseId, actor);
        Task task = tasks.open(c, "approval", actor);
        Map<String, Object> vars;
        try {
            vars = runtime.getVariables(task.getExecutionId(), List.of("approvalChain", "approvalStep"));
        } catch (FlowableException e) {
            throw new CaseAlreadyHandled("case " + caseId + " was approved concurrently", e);
        }
        int step = vars.get("approvalStep") == null ? 0 : ((Number) vars.get("approvalStep")).intValue();
        String chain = (String) vars.get("approvalChain");
        boolean last = chain == null || step + 1 >= ApprovalChain.parse(chain).approvers().size();
        act(c, task, version, actor, "approval", Map.of("approvalAction", "APPROVE", "approvalStep", step + 1),
                k -> k.approve(actor.username(), clock.today(), last), "APPROVE", comment);
    }

    @Transactional
    public void reject(long caseId, Integer version, CaseActor actor, String reason) {
        act(caseId, version, actor, "approval", Map.of("approvalAction", "REJECT"),
                k -> k.reject(actor.username(), clock.today(), reason), "REJECT", reason);
    }

    @Transactional
    public void returnToCommune(long caseId, Integer version, CaseActor actor, String reason) {
        act(caseId, version, actor, "approval", Map.of("approvalAction", "RETURN"),
                k -> k.returnToCommune(actor.username(), reason), "RETURN", reason);
    }

    private Case act(long caseId, Integer version, CaseActor actor, String step, Map<String, Object> vars,
                     Consumer<Case> transition, String action, String comment) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new CaseTransitionRefused("case.comment.tooLong", comment.length() + " characters");
        }
        Case c = within(caseId, actor);
        return act(c, tasks.open(c, step, actor), version, actor, step, vars, transition, action, comment);
    }

    private Case act(Case c, Task task, Integer version, CaseActor actor, String step, Map<String, Object> vars,
                     Consumer<Case> transition, String action, String comment) {
        long caseId = c.id();
        if (version != null && version != c.version()) {
            throw new CaseAlreadyHandled("case " + caseId + " changed since the form was loaded", null);
        }
        transition.accept(c);
        try {
            // lock the case row first: two racing acts then queue on it instead of deadlocking inside Flowable
            cases.saveAndFlush(c);
        } catch (ConcurrencyFailureException e) {
            throw new CaseAlreadyHandled("case " + caseId + " changed concurrently", e);
        }
        history.record(c, step, action, actor.username(), comment);
        tasks.complete(task, vars);
        try {
            cases.flush();
        } catch (ConcurrencyFailureException e) {
            throw new CaseAlreadyHandled("case " + caseId + " changed concurrently", e);
        }
        return c;
    }

    private Case within(long caseId, CaseActor actor) {
        return cases.findByIdWithin(caseId, actor).orElseThrow(() -> new CaseNotFound(caseId));
    }
}
