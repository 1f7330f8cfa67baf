package vn.ansinh.casework;

import vn.ansinh.casework.process.ApprovalRoutingStep;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.RuntimeService;
import org.flowable.task.api.Task;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.access.Role;

/**
 * The case workflow's door: every act of a commune officer or approver on a case. Each act checks the
 * caller's area (404, audited), their role for the step ({@link Act}; 403, audited), the form's version,
 * the open step and the case's own rules, then completes the step.
 */
@Service
public class CaseWorkflow {

    /** A comment or reason fits the decision note column (1.000) and, with its prefix, the timeline's (2.000). */
    static final int MAX_COMMENT = 1_000;

    public static final String PROCESS_KEY = "caseReview";

    /** Transient variables of the assessment's completion: what was assessed, and who, for the evaluation step. */
    public static final String ASSESSED = "assessed";
    public static final String ACTOR = "actor";

    /** The act each user task of {@code caseReview} is. */
    static final Map<String, Act> STEP_ACTS = Map.of("assessment", Act.ASSESS, "notEligibleReview", Act.REVIEW_NOT_ELIGIBLE,
            "villageMeeting", Act.RECORD_MEETING, "publicPosting", Act.RECORD_COMPLAINT, "reVerification", Act.RE_VERIFY,
            "approval", Act.DECIDE_CASE);

    private final Cases cases;
    private final CaseScope scope;
    private final CaseTasks tasks;
    private final RuntimeService runtime;
    private final CaseHistory history;
    private final CaseClock clock;
    private final CaseRules rules;
    private final Permissions permissions;
    private final CaseOpening opening;
    private final MeetingAttendance attendance;

    CaseWorkflow(Cases cases, CaseScope scope, CaseTasks tasks, RuntimeService runtime, CaseHistory history,
                 CaseClock clock, CaseRules rules, Permissions permissions, CaseOpening opening,
                 MeetingAttendance attendance) {
        this.opening = opening;
        this.attendance = attendance;
        this.cases = cases;
        this.scope = scope;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.clock = clock;
        this.rules = rules;
        this.permissions = permissions;
    }

    /**
     * Opens a case and starts its process; the household's area must be the officer's, the member one of the
     * household's, and no case of the same household, program and member may still be open ({@link DuplicateCase}).
     */
    @Transactional
    public long open(OpenCase command, CaseActor actor) {
        if (!actor.covers(command.communeCode(), command.districtCode())) {
            throw scope.refused(0, actor, "household " + command.householdId() + " outside jurisdiction");
        }
        permissions.require(Act.OPEN_CASE, actor.role(), "household", command.householdId());
        opening.check(command, actor);
        Case c;
        try {
            c = cases.saveAndFlush(new Case(command.householdId(), command.memberId(), command.program(), command.kind(),
                    command.communeCode(), command.districtCode(), actor.username(), clock.now()));
        } catch (DataIntegrityViolationException raced) {
            // the partial unique index casework_case_one_open: another request opened the same case meanwhile
            throw new DuplicateCase(null);
        }
        return started(c, actor.username(), command.program() + " · " + command.kind());
    }

    /**
     * An appeal sent the decided case back to re-assessment: a new case of the same household, program and member
     * starts at the assessment step (or the one already open is used). The appeal's door checked the reviewer.
     */
    long reopenForAppeal(Case decided, long appealId, CaseActor reviewer) {
        Optional<Case> open = cases.findOpen(decided.householdId(), decided.program(), decided.memberId());
        if (open.isPresent()) {
            history.record(open.get(), "appeal", "APPEAL_SENT_BACK", reviewer.username(), decided.reference());
            return open.get().id();
        }
        Case c = cases.saveAndFlush(new Case(decided.householdId(), decided.memberId(), decided.program(), CaseKind.AD_HOC,
                decided.communeCode(), decided.districtCode(), reviewer.username(), clock.now()));
        // the timeline names the decided case by its code; the appeal is its own page
        return started(c, reviewer.username(), decided.reference());
    }

    /**
     * Opens a household's annual review case ({@link Program#POVERTY_RECOGNITION}, {@link CaseKind#ANNUAL_REVIEW}) for
     * the annual review campaign's chunk jobs, which run without a signed-in user: the campaign's door checked the act
     * and the area when the campaign was opened. A household whose poverty case is already open is the caller's to
     * take up instead; the one-open-case index refuses a second one (the chunk's transaction then rolls back and its
     * job runs again).
     */
    @Transactional
    public long openAnnualReview(long householdId, String communeCode, String districtCode, String by, String note) {
        Case c = cases.saveAndFlush(new Case(householdId, null, Program.POVERTY_RECOGNITION, CaseKind.ANNUAL_REVIEW,
                communeCode, districtCode, by, clock.now()));
        return started(c, by, Program.POVERTY_RECOGNITION + " · " + CaseKind.ANNUAL_REVIEW
                + (note == null ? "" : " · " + note));
    }

    /** A case just saved: its process started and its opening on the timeline. */
    private long started(Case c, String by, String comment) {
        c.assignReference();
        startProcess(c, by);
        history.record(c, "caseOpened", "OPENED", by, comment);
        return c.id();
    }

    private void startProcess(Case c, String by) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("caseId", c.id());
        vars.put("program", c.program().name());
        vars.put("communeCode", c.communeCode());
        vars.put("communeGroup", Role.COMMUNE_OFFICER.groupPrefix() + ":commune:" + c.communeCode());
        try {
            Authentication.setAuthenticatedUserId(by);
            c.attachProcess(runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                    .businessKey(String.valueOf(c.id())).variables(vars).start().getId());
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    /** The case still open for this household, program and member (none for a household program), if any. */
    @Transactional(readOnly = true)
    public Optional<Long> openCase(long householdId, Program program, Long memberId) {
        return cases.findOpen(householdId, program, memberId).map(Case::id);
    }

    /**
     * The facts behind a member's case no longer hold (a recorded death withdrawn): its open case is closed as
     * withdrawn and its process ended; an approved one keeps its decision and gets a timeline entry saying why its
     * grant was withdrawn. Returns the case touched, if any.
     */
    @Transactional
    public Optional<Long> withdraw(long householdId, long memberId, Program program, String reason, CaseActor actor) {
        Optional<Case> open = cases.findOpen(householdId, program, memberId);
        if (open.isPresent()) {
            Case c = open.get();
            c.withdraw(actor.username(), clock.today(), reason);
            if (c.processInstanceId() != null) {
                runtime.deleteProcessInstance(c.processInstanceId(), "withdrawn: " + reason);
            }
            history.record(c, "deathCorrected", "WITHDRAWN", actor.username(), reason);
            return Optional.of(c.id());
        }
        return cases.findFirstByHouseholdIdAndProgramAndMemberIdAndStatusOrderByIdDesc(householdId, program, memberId,
                CaseStatus.APPROVED).map(c -> {
                    history.record(c, "deathCorrected", "GRANT_WITHDRAWN", actor.username(), reason);
                    return c.id();
                });
    }

    /**
     * The member was removed from the household: each of their open cases is closed as withdrawn with the removal's
     * reason, its process ended and a timeline entry saying so (audited with the transition). A case already decided
     * keeps its decision. Returns the cases closed; a second delivery of the same removal finds none.
     */
    @Transactional
    public java.util.List<Long> withdrawForLeavingMember(long householdId, long memberId, String reason, CaseActor actor) {
        String why = reason.length() > MAX_COMMENT ? reason.substring(0, MAX_COMMENT) : reason;
        java.util.List<Long> closed = new java.util.ArrayList<>();
        for (Case c : cases.findOpenOfMember(householdId, memberId)) {
            c.withdraw(actor.username(), clock.today(), why);
            if (c.processInstanceId() != null
                    && runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count() > 0) {
                runtime.deleteProcessInstance(c.processInstanceId(), "member left the household: " + why);
            }
            history.record(c, "memberRemoved", "LEFT_HOUSEHOLD", actor.username(), why);
            closed.add(c.id());
        }
        return closed;
    }

    @Transactional
    public void claim(long caseId, String step, CaseActor actor) {
        Case c = within(caseId, actor);
        Act act = STEP_ACTS.get(step);
        if (act == null) {
            throw new CaseAlreadyHandled("case " + caseId + " has no step " + step, null);
        }
        mayDo(c, act, actor);
        Task task = tasks.open(c, step, actor);
        tasks.claim(task, actor);
        history.record(c, step, "CLAIMED", actor.username(), null);
    }

    /**
     * Assessment confirmed; the evaluation runs at once on the household and survey as assessed, and eligibility stores
     * the decision the case then keeps by id. Returns whether the engine found the case eligible.
     */
    @Transactional
    public boolean submitAssessment(long caseId, Integer version, CaseActor actor, CaseSnapshot assessed, String comment) {
        java.util.Objects.requireNonNull(assessed, "assessed household and survey");
        Case c = act(caseId, version, actor, "assessment", Map.of("assessedBy", actor.username()),
                Map.of(ASSESSED, assessed, ACTOR, actor),
                k -> k.submitAssessment(actor.username(), clock.now()), "ASSESSED", comment);
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
                k -> {
                    attendance.requireWithinVillage(k.householdId(), meeting);
                    k.recordMeeting(meeting);
                }, meeting.agreed() ? "MEETING_AGREED" : "MEETING_NOT_AGREED",
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

    /**
     * One level approves. The level above it is the next one the chain in force today lists (so a task keeps the
     * level it was created for, and the next level follows a chain changed meanwhile); none left decides the case.
     */
    @Transactional
    public void approve(long caseId, Integer version, CaseActor actor, String comment) {
        Case c = within(caseId, actor);
        mayDo(c, Act.DECIDE_CASE, actor);
        Task task = tasks.open(c, "approval", actor);
        Optional<ApprovalLevel> next = rules.levelAfter(c.program(), clock.today(), c.approvalLevel());
        act(c, task, version, actor, "approval",
                Map.of("approvalAction", "APPROVE", ApprovalRoutingStep.NEXT_LEVEL, next.map(Enum::name).orElse("")),
                k -> k.approve(actor.username(), clock.today(), next.isEmpty()), "APPROVE", comment);
    }

    /** The one dispatch of an approver's answer, shared by the case page and the API. */
    @Transactional
    public void decide(long caseId, Integer version, CaseActor actor, CaseAction action, String comment, String reason) {
        switch (action) {
            case APPROVE -> approve(caseId, version, actor, comment);
            case REJECT -> reject(caseId, version, actor, reason);
            case RETURN -> returnToCommune(caseId, version, actor, reason);
        }
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
        return act(caseId, version, actor, step, vars, Map.of(), transition, action, comment);
    }

    private Case act(long caseId, Integer version, CaseActor actor, String step, Map<String, Object> vars,
                     Map<String, Object> transientVars, Consumer<Case> transition, String action, String comment) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new CaseTransitionRefused("case.comment.tooLong", comment.length() + " characters");
        }
        Case c = within(caseId, actor);
        mayDo(c, STEP_ACTS.get(step), actor);
        return act(c, tasks.open(c, step, actor), version, actor, step, vars, transientVars, transition, action, comment);
    }

    private Case act(Case c, Task task, Integer version, CaseActor actor, String step, Map<String, Object> vars,
                     Consumer<Case> transition, String action, String comment) {
        return act(c, task, version, actor, step, vars, Map.of(), transition, action, comment);
    }

    private Case act(Case c, Task task, Integer version, CaseActor actor, String step, Map<String, Object> vars,
                     Map<String, Object> transientVars, Consumer<Case> transition, String action, String comment) {
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
        tasks.complete(task, vars, transientVars);
        try {
            cases.flush();
        } catch (ConcurrencyFailureException e) {
            throw new CaseAlreadyHandled("case " + caseId + " changed concurrently", e);
        }
        return c;
    }

    private Case within(long caseId, CaseActor actor) {
        return scope.within(caseId, actor);
    }

    /** The actor's role may do the act; an approval also needs the approver role of the level it waits for. */
    private void mayDo(Case c, Act act, CaseActor actor) {
        permissions.require(act, actor.role(), "case", c.id());
        if (act == Act.DECIDE_CASE && c.approvalLevel() != null
                && c.approvalLevel().approverRole().filter(actor.role()::equals).isEmpty()) {
            throw permissions.refuse(act, actor.role(), "case", c.id());
        }
    }
}
