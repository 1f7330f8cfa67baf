package vn.ansinh.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.access.Role;
import vn.ansinh.common.audit.AuditEvent;

/**
 * The appeals door: a household contesting a decided case (a complaint after the decision is an appeal, not a
 * posting complaint). The commune officer lodges it ({@link Act#LODGE_APPEAL}); it runs the process
 * {@code appealReview} with a working-day deadline; the approver of the level that decided the case reviews it
 * ({@link Act#DECIDE_APPEAL}) with the decision re-run as decided and under today's rules, and upholds it, changes it
 * to today's outcome ({@link AppealDecided}: the entitlement starts, stops or changes once) or sends it back to
 * re-assessment (a new case). Every act checks the area first (404, audited), then the role (403, audited).
 */
@Service
public class AppealWorkflow {

    public static final String PROCESS_KEY = "appealReview";
    static final String REVIEW_STEP = "reviewAppeal";
    private static final Set<CaseStatus> DECIDED = Set.of(CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.CLOSED);

    private final Appeals appeals;
    private final Cases cases;
    private final CaseScope scope;
    private final CaseRules rules;
    private final CaseClock clock;
    private final CaseHistory history;
    private final CaseEvaluator evaluator;
    private final CaseWorkflow workflow;
    private final CaseTasks caseTasks;
    private final CaseQueries queries;
    private final Permissions permissions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    AppealWorkflow(Appeals appeals, Cases cases, CaseScope scope, CaseRules rules, CaseClock clock, CaseHistory history,
                   CaseEvaluator evaluator, CaseWorkflow workflow, CaseTasks caseTasks, CaseQueries queries,
                   Permissions permissions, RuntimeService runtime, TaskService tasks, ApplicationEventPublisher events) {
        this.appeals = appeals;
        this.cases = cases;
        this.scope = scope;
        this.rules = rules;
        this.clock = clock;
        this.history = history;
        this.evaluator = evaluator;
        this.workflow = workflow;
        this.caseTasks = caseTasks;
        this.queries = queries;
        this.permissions = permissions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
    }

    /**
     * Lodges the household's appeal against a decided case, received on {@code receivedOn} (today when null): within
     * the lodging days after the decision, one open appeal per case. Returns the appeal's id.
     */
    @Transactional
    public long lodge(long caseId, LocalDate receivedOn, String grounds, CaseActor actor) {
        Case c = scope.within(caseId, actor);
        permissions.require(Act.LODGE_APPEAL, actor.role(), "case", caseId);
        if (!DECIDED.contains(c.status())) {
            // before the decision a complaint belongs to the posting step
            throw new CaseTransitionRefused("appeal.notDecided", "case " + caseId + " is " + c.status());
        }
        if (c.eligibilityDecisionId() == null) {
            throw new CaseTransitionRefused("case.decision.noRecord", "case " + caseId + " has no stored decision");
        }
        if (grounds == null || grounds.isBlank()) {
            throw new CaseTransitionRefused("appeal.grounds.required", "grounds");
        }
        if (grounds.length() > CaseWorkflow.MAX_COMMENT) {
            throw new CaseTransitionRefused("appeal.grounds.tooLong", grounds.length() + " characters");
        }
        LocalDate today = clock.today();
        LocalDate received = receivedOn == null ? today : receivedOn;
        if (received.isAfter(today) || received.isBefore(c.decidedOn())) {
            throw new CaseTransitionRefused("appeal.receivedOn.range", received + " outside " + c.decidedOn() + "–" + today);
        }
        if (received.isAfter(c.decidedOn().plusDays(rules.appealLodgingDays(c.program(), c.decidedOn())))) {
            throw new CaseTransitionRefused("appeal.late", "received " + received + ", decided " + c.decidedOn());
        }
        if (appeals.findFirstByCaseIdAndStatus(caseId, AppealStatus.REVIEW).isPresent()) {
            throw new CaseTransitionRefused("appeal.duplicate", "case " + caseId + " has an open appeal");
        }
        ApprovalLevel level = reviewerLevel(c);
        String group = level.approverRole().orElseThrow().groupPrefix() + ":" + switch (level) {
            case PROVINCE -> "province:" + vn.ansinh.common.access.Jurisdiction.PROVINCE_CODE;
            case DISTRICT -> "district:" + c.districtCode();
            case COMMUNE -> "commune:" + c.communeCode();
        };
        LocalDate due = rules.calendar().addWorkingDays(received, rules.appealReviewDays(c.program(), received));
        Appeal a;
        try {
            a = appeals.saveAndFlush(new Appeal(c, grounds.strip(), received, due, level, group, actor.username(), clock.now()));
        } catch (DataIntegrityViolationException raced) {
            throw new CaseTransitionRefused("appeal.duplicate", "case " + caseId + " has an open appeal");
        }
        try {
            Authentication.setAuthenticatedUserId(actor.username());
            a.attachProcess(runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                    .businessKey("appeal:" + a.id())
                    .variables(Map.of("appealId", a.id(), "caseId", c.id(), "reviewerGroup", group,
                            "appealDueAt", CaseClock.endOf(due)))
                    .start().getId());
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
        history.record(c, "appeal", "APPEAL_LODGED", actor.username(), grounds.strip());
        events.publishEvent(AuditEvent.of("APPEAL_LODGED", "Appeal", a.id(), "case " + caseId + ", due " + due));
        return a.id();
    }

    /**
     * The reviewer's answer, with its reasons. A changed decision takes the outcome of today's rules on the same
     * inputs and must differ from the decision in what the household receives; a decided appeal is not decided again.
     */
    @Transactional
    public void decide(long appealId, Integer version, AppealOutcome outcome, String note, CaseActor actor) {
        Objects.requireNonNull(outcome, "outcome");
        Appeal a = within(appealId, actor);
        permissions.require(Act.DECIDE_APPEAL, actor.role(), "appeal", appealId);
        if (a.reviewerLevel().approverRole().filter(actor.role()::equals).isEmpty()) {
            throw permissions.refuse(Act.DECIDE_APPEAL, actor.role(), "appeal", appealId);
        }
        if (!a.status().isOpen()) {
            throw new CaseTransitionRefused("appeal.decided", "appeal " + appealId + " is " + a.status());
        }
        if (version != null && version != a.version()) {
            throw new CaseAlreadyHandled("appeal " + appealId + " changed since the form was loaded", null);
        }
        if (note != null && note.length() > CaseWorkflow.MAX_COMMENT) {
            throw new CaseTransitionRefused("case.comment.tooLong", note.length() + " characters");
        }
        Task task = reviewTask(a, actor);
        Case c = cases.findById(a.caseId()).orElseThrow(() -> new CaseNotFound(a.caseId()));
        LocalDate today = clock.today();
        switch (outcome) {
            case UPHELD -> a.uphold(actor.username(), today, note);
            case CHANGED -> {
                CaseDecision now = evaluator.underTodaysRules(c, actor);
                AppealEffect effect = effectOf(c, now)
                        .orElseThrow(() -> new CaseTransitionRefused("appeal.changed.noDifference",
                                "today's rules decide case " + c.id() + " as it was decided"));
                a.change(actor.username(), today, note, effect, now, YearMonth.from(c.decidedOn()));
            }
            case SENT_BACK -> a.sendBack(actor.username(), today, note);
        }
        try {
            appeals.saveAndFlush(a);
        } catch (ConcurrencyFailureException e) {
            throw new CaseAlreadyHandled("appeal " + appealId + " changed concurrently", e);
        }
        if (outcome == AppealOutcome.SENT_BACK) {
            a.reassessedIn(workflow.reopenForAppeal(c, a.id(), actor));
        }
        history.record(c, "appeal", outcome.action(), actor.username(), a.decisionNote());
        events.publishEvent(AuditEvent.of(outcome.action(), "Appeal", a.id(),
                "case " + c.id() + (a.effect() == null ? "" : ", effect " + a.effect())));
        caseTasks.complete(task, Map.of("appealOutcome", outcome.name(), "decidedBy", actor.username()));
    }

    /**
     * Published by the process's {@code appealChanged} step: the changed decision reaches payment once. For a poverty
     * recognition its {@code category} is the household's status under today's rules.
     */
    public AppealDecided announceChange(long appealId) {
        Appeal a = appeals.findById(appealId).orElseThrow(() -> new IllegalStateException("no appeal " + appealId));
        if (a.status() != AppealStatus.CHANGED) {
            throw new CaseTransitionRefused("case.wrongState", "appeal " + appealId + " is " + a.status());
        }
        Case c = cases.findById(a.caseId()).orElseThrow();
        boolean granted = c.status() == CaseStatus.APPROVED;
        AppealDecided decided = new AppealDecided(a.id(), a.caseId(), a.householdId(), a.memberId(), a.program(), a.effect(),
                a.effectCategory(), a.effectCoefficient(), orZero(a.effectMonthly()), orZero(a.effectGrant()),
                granted ? orZero(c.decision().monthlyAmount()) : 0, granted ? orZero(c.decision().grantAmount()) : 0,
                YearMonth.from(a.effectFromMonth()), a.decidedOn(), a.communeCode(), a.decidedBy());
        events.publishEvent(decided);
        return decided;
    }

    /** The review step's deadline passed: the appeal is flagged and comes first in the list. */
    public void flagOverdue(long appealId) {
        appeals.findById(appealId).filter(a -> a.status().isOpen()).ifPresent(a -> {
            a.markOverdue();
            cases.findById(a.caseId()).ifPresent(c ->
                    history.record(c, "appeal", "APPEAL_OVERDUE", CaseHistory.SYSTEM, String.valueOf(a.dueOn())));
        });
    }

    @Transactional(readOnly = true)
    public Optional<AppealView> find(long appealId, CaseActor actor) {
        Optional<Appeal> found = appeals.findByIdWithin(appealId, actor);
        if (found.isEmpty()) {
            refused(appealId, actor);
            return Optional.empty();
        }
        return found.map(a -> view(a, actor, true));
    }

    /** The appeals of the actor's area: open first, overdue first, then by deadline. */
    @Transactional(readOnly = true)
    public List<AppealView> list(CaseActor actor) {
        return appeals.findWithin(actor.level().name(), actor.code()).stream().map(a -> view(a, actor, false)).toList();
    }

    /** How many appeals of the actor's area stand in each state (every state listed, zero included). */
    @Transactional(readOnly = true)
    public Map<AppealStatus, Long> counts(CaseActor actor) {
        Map<AppealStatus, Long> out = new EnumMap<>(AppealStatus.class);
        for (AppealStatus s : AppealStatus.values()) {
            out.put(s, 0L);
        }
        for (Object[] row : appeals.countWithin(actor.level().name(), actor.code())) {
            out.put((AppealStatus) row[0], ((Number) row[1]).longValue());
        }
        return out;
    }

    /** The appeals of one case the actor may see, newest first. */
    @Transactional(readOnly = true)
    public List<AppealView> ofCase(long caseId, CaseActor actor) {
        scope.within(caseId, actor);
        return appeals.findByCaseIdOrderByIdDesc(caseId).stream().map(a -> view(a, actor, false)).toList();
    }

    /** Whether the actor's step is the review of this appeal (the page shows the form). */
    @Transactional(readOnly = true)
    public boolean mayReview(long appealId, CaseActor actor) {
        return appeals.findByIdWithin(appealId, actor).filter(a -> a.status().isOpen())
                .filter(a -> a.reviewerLevel().approverRole().filter(actor.role()::equals).isPresent())
                .map(a -> tasks.createTaskQuery().processInstanceId(a.processInstanceId()).taskDefinitionKey(REVIEW_STEP)
                        .or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr().count() > 0)
                .orElse(false);
    }

    private AppealView view(Appeal a, CaseActor actor, boolean withRerun) {
        CaseView.Rerun rerun = withRerun ? queries.rerun(a.caseId(), actor).orElse(null) : null;
        List<String> open = a.processInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(a.processInstanceId()).list().stream()
                        .map(Task::getTaskDefinitionKey).toList();
        LocalDate today = clock.today();
        int left = !a.status().isOpen() ? 0 : today.isAfter(a.dueOn()) ? -rules.calendar().workingDaysBetween(a.dueOn(), today)
                : rules.calendar().workingDaysBetween(today, a.dueOn());
        Case c = cases.findById(a.caseId()).orElseThrow();
        return new AppealView(a.id(), a.version(), a.caseId(), c.reference(), a.householdId(),
                a.memberId(), a.program(), a.communeCode(), a.districtCode(), a.status(), a.grounds(), a.receivedOn(),
                a.dueOn(), a.overdue(), left, a.lodgedBy(), a.reviewerGroup(), a.decidedOn(), a.decidedBy(),
                a.decisionNote(), a.effect(), a.effectMonthly(), a.effectGrant(), a.effectFromMonth(),
                a.reassessmentCaseId(), rerun, open,
                a.reassessmentCaseId() == null ? null : cases.findById(a.reassessmentCaseId()).map(Case::reference).orElse(null));
    }

    /** What changing the decision to today's outcome does to what the household receives; empty: nothing. */
    static Optional<AppealEffect> effectOf(Case c, CaseDecision now) {
        boolean granted = c.status() == CaseStatus.APPROVED;
        if (granted && !now.eligible()) {
            return Optional.of(AppealEffect.STOP);
        }
        if (!granted && now.eligible()) {
            return Optional.of(AppealEffect.START);
        }
        if (granted && c.program() != Program.POVERTY_RECOGNITION) {
            StoredDecision was = c.decision();
            boolean sameMonthly = Objects.equals(orZero(was.monthlyAmount()), now.monthlyAmount())
                    && (was.coefficient() == null ? now.coefficient() == null
                    : now.coefficient() != null && was.coefficient().compareTo(now.coefficient()) == 0);
            boolean sameGrant = orZero(was.grantAmount()) == now.grantAmount();
            if (!sameMonthly || !sameGrant) {
                return Optional.of(AppealEffect.ARREARS);
            }
        }
        return Optional.empty();
    }

    private static ApprovalLevel reviewerLevel(Case c) {
        if (c.approvalLevel() != null) {
            return c.approvalLevel();
        }
        return c.districtCode() == null ? ApprovalLevel.PROVINCE : ApprovalLevel.DISTRICT;
    }

    private Task reviewTask(Appeal a, CaseActor actor) {
        Task mine = tasks.createTaskQuery().processInstanceId(a.processInstanceId()).taskDefinitionKey(REVIEW_STEP)
                .or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr().singleResult();
        if (mine != null) {
            return mine;
        }
        Task task = tasks.createTaskQuery().processInstanceId(a.processInstanceId()).taskDefinitionKey(REVIEW_STEP)
                .singleResult();
        if (task == null) {
            throw new CaseAlreadyHandled("appeal " + a.id() + " has no open review", null);
        }
        throw refused(a.id(), actor);
    }

    private Appeal within(long appealId, CaseActor actor) {
        return appeals.findByIdWithin(appealId, actor).orElseThrow(() -> refused(appealId, actor));
    }

    private AppealNotFound refused(long appealId, CaseActor actor) {
        events.publishEvent(AuditEvent.refusal("APPEAL_ACCESS_REFUSED", "appeal", appealId,
                actor.username() + ": not found in jurisdiction"));
        return new AppealNotFound(appealId);
    }

    private static long orZero(Long amount) {
        return amount == null ? 0 : amount;
    }

    /** Roles that review appeals at some level: for pages that show the appeals list. */
    public static boolean reviews(Role role) {
        return Act.DECIDE_APPEAL.allows(role);
    }
}
