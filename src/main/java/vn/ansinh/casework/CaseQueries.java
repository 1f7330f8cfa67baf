package vn.ansinh.casework;

import java.util.List;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.eligibility.DecisionComparison;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.HouseholdFacts;

/** Reads a case as its page shows it, only within the caller's area (a refused read is audited). */
@Component
public class CaseQueries {

    private static final TypeReference<List<CaseDecision.Reason>> REASONS = new TypeReference<>() { };

    private final Cases cases;
    private final CaseScope scope;
    private final CaseHistory history;
    private final TaskService tasks;
    private final JsonMapper json;

    private final EligibilityManagement eligibility;

    CaseQueries(Cases cases, CaseScope scope, CaseHistory history, TaskService tasks, JsonMapper json,
                EligibilityManagement eligibility) {
        this.eligibility = eligibility;
        this.cases = cases;
        this.scope = scope;
        this.history = history;
        this.tasks = tasks;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Optional<CaseView> find(long id, CaseActor actor) {
        return scope.find(id, actor).map(this::view);
    }

    /** The open steps this actor may work on now (offered to their group and unclaimed, or claimed by them). */
    @Transactional(readOnly = true)
    public List<String> stepsFor(long id, CaseActor actor) {
        return cases.findByIdWithin(id, actor).filter(c -> c.processInstanceId() != null)
                .map(c -> tasks.createTaskQuery().processInstanceId(c.processInstanceId())
                        .or().taskAssignee(actor.username()).taskCandidateGroupIn(actor.groups()).endOr().list()
                        .stream().map(Task::getTaskDefinitionKey).toList())
                .orElse(List.of());
    }

    /**
     * What the case was decided on: the inputs of eligibility's stored decision (or, for a case decided before the
     * decision was kept by id, the copy it kept itself); empty before the assessment. Within the actor's area.
     */
    @Transactional(readOnly = true)
    public Optional<CaseView.Assessed> assessed(long id, CaseActor actor) {
        Case c = scope.within(id, actor);
        if (c.eligibilityDecisionId() != null) {
            HouseholdFacts input = eligibility.decision(c.eligibilityDecisionId(), actor.jurisdiction()).input();
            return Optional.of(new CaseView.Assessed(input.monthlyIncomePerCapita(), input.deprivations(),
                    input.housing().condition() == null ? null : input.housing().condition().name()));
        }
        if (c.legacySnapshot() != null) {
            AssessmentView a = json.readValue(c.legacySnapshot(), CaseSnapshot.class).assessment();
            return Optional.of(new CaseView.Assessed(a.monthlyIncomePerCapita(), a.deprivations(),
                    a.housingCondition() == null ? null : a.housingCondition().name()));
        }
        return Optional.empty();
    }

    /**
     * The case's decision side by side: its program's part as decided and under today's rules, with what changed in
     * the whole decision; empty for a case not decided yet or decided before its decision was kept by id.
     */
    @Transactional(readOnly = true)
    public Optional<CaseView.Rerun> rerun(long id, CaseActor actor) {
        Case c = scope.within(id, actor);
        if (c.eligibilityDecisionId() == null || c.decision() == null) {
            return Optional.empty();
        }
        DecisionComparison comparison = eligibility.rerun(c.eligibilityDecisionId(), actor.jurisdiction());
        CaseDecision today = EligibilityCaseEvaluator.extract(c,
                eligibility.underTodaysRules(c.eligibilityDecisionId(), actor.jurisdiction()), c.decision().asOf());
        return Optional.of(new CaseView.Rerun(c.eligibilityDecisionId(), decision(c.decision()), viewOf(today),
                comparison.asDecided().ruleSetLabel(), String.valueOf(((java.util.Map<?, ?>) comparison.underTodaysRules()
                        .getOrDefault("ruleSet", java.util.Map.of())).get("label")), comparison.sameRuleSet(),
                comparison.differences()));
    }

    private static CaseView.Decision viewOf(CaseDecision d) {
        return new CaseView.Decision(d.eligible(), d.outcome(), d.ruleSetVersion(), d.asOf(), d.reasons(), d.category(),
                d.coefficient(), d.monthlyAmount(), d.grantAmount(), d.povertyStatus());
    }

    CaseView view(Case c) {
        List<String> open = c.processInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(c.processInstanceId()).list().stream()
                        .map(Task::getTaskDefinitionKey).toList();
        List<CaseView.Step> steps = history.of(c.id()).stream()
                .map(e -> new CaseView.Step(e.getAt(), e.getStep(), e.getAction(), e.getActor(), e.getComment())).toList();
        return new CaseView(c.id(), c.version(), c.householdId(), c.memberId(), c.program(), c.kind(),
                c.communeCode(), c.districtCode(), c.status(), c.processInstanceId(), c.openedBy(), c.openedAt(), c.assessedBy(),
                c.eligibilityDecisionId(), decision(c.decision()), meeting(c.meeting()), c.postingEndsOn(),
                c.approvalLevel(), c.approverGroup(), c.approvalDueOn(), c.overdue(), c.decidedOn(), c.decidedBy(),
                c.decisionNote(), open, steps, c.reference());
    }

    private CaseView.Decision decision(StoredDecision d) {
        if (d == null || d.eligible() == null) {
            return null;
        }
        List<CaseDecision.Reason> reasons = d.reasonsJson() == null ? List.of() : json.readValue(d.reasonsJson(), REASONS);
        return new CaseView.Decision(d.eligible(), d.outcome(), d.ruleSetVersion(), d.asOf(), reasons, d.category(),
                d.coefficient(), d.monthlyAmount() == null ? 0 : d.monthlyAmount(),
                d.grantAmount() == null ? 0 : d.grantAmount(), d.povertyStatus());
    }

    private static CaseView.Meeting meeting(VillageMeeting m) {
        return m == null ? null
                : new CaseView.Meeting(m.heldOn(), m.attendance(), m.agreeing(), m.agreementPercent(), m.agreed());
    }
}
