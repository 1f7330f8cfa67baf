package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.StoredEvaluation;
import vn.ansinh.eligibility.engine.InvalidFactsException;
import vn.ansinh.eligibility.engine.NotCoveredException;
import vn.ansinh.eligibility.facts.Outcome;
import vn.ansinh.eligibility.facts.PovertyStatus;
import vn.ansinh.eligibility.facts.Reason;

/**
 * Has the eligibility engine decide on the household and survey as assessed — eligibility stores that decision (the
 * one record of inputs, result and rule set) — and takes the part for the case's program from its result.
 */
@Component
class EligibilityCaseEvaluator implements CaseEvaluator {

    private static final vn.ansinh.common.BundleTexts TEXTS = new vn.ansinh.common.BundleTexts("i18n/casework");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final EligibilityManagement eligibility;

    EligibilityCaseEvaluator(EligibilityManagement eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public Evaluated evaluate(Case c, CaseSnapshot assessed, LocalDate asOf, CaseActor actor) {
        StoredEvaluation stored;
        try {
            stored = eligibility.evaluateHousehold(assessed.household(), assessed.assessment(), asOf, actor.role(),
                    actor.jurisdiction(), actor.username());
        } catch (InvalidFactsException | NotCoveredException e) {
            throw new CaseTransitionRefused("case.evaluation.refused", e.getMessage());
        }
        return new Evaluated(stored.decisionId(), extract(c, stored.result(), asOf));
    }

    @Override
    public CaseDecision underTodaysRules(Case c, CaseActor actor) {
        if (c.eligibilityDecisionId() == null) {
            throw new CaseTransitionRefused("case.decision.noRecord", "case " + c.id() + " has no stored decision");
        }
        EvaluationResult today = eligibility.underTodaysRules(c.eligibilityDecisionId(), actor.jurisdiction());
        return extract(c, today, c.decision().asOf());
    }

    /** The case's program's part of a result: its outcome, amounts and reasons, for the case's member if any. */
    static CaseDecision extract(Case c, EvaluationResult r, LocalDate asOf) {
        String version = r.ruleSet().version() + " (" + r.ruleSet().label() + ")";
        String member = c.memberId() == null ? null : String.valueOf(c.memberId());
        return switch (c.program()) {
            case POVERTY_RECOGNITION -> {
                PovertyStatus s = r.poverty().status();
                boolean poor = s == PovertyStatus.POOR || s == PovertyStatus.NEAR_POOR;
                yield decision(poor, s.name(), version, asOf, r.poverty().reasons(), null, null, 0, 0, s.name());
            }
            case SOCIAL_ALLOWANCE -> pick(r.socialAllowance(), member, EvaluationResult.SocialAllowance::memberId)
                    .map(a -> decision(true, a.category(), version, asOf, a.reasons(), a.category(), a.coefficient(),
                            a.monthlyAmount(), 0, null))
                    .orElseGet(() -> none(Program.SOCIAL_ALLOWANCE, version, asOf, r.poverty().reasons()));
            case CARE_SUPPORT -> pick(r.careSupport(), member, EvaluationResult.Care::memberId)
                    .map(a -> decision(a.eligible(), a.eligible() ? "CARE" : "NOT_ELIGIBLE", version, asOf, a.reasons(),
                            null, a.coefficient(), a.monthlyAmount(), 0, null))
                    .orElseGet(() -> none(Program.CARE_SUPPORT, version, asOf, List.of()));
            case SOCIAL_PENSION -> pick(r.socialPension(), member, EvaluationResult.SocialPensionEntry::memberId)
                    .map(p -> decision(p.eligible() && p.paid(), p.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", version,
                            asOf, p.reasons(), null, null, p.paid() ? p.monthlyAmount() : 0, 0, null))
                    .orElseGet(() -> none(Program.SOCIAL_PENSION, version, asOf, List.of()));
            case MERIT_HOUSING -> decision(r.meritHousing().outcome() == Outcome.ELIGIBLE,
                    r.meritHousing().outcome().name(), version, asOf, r.meritHousing().reasons(),
                    r.meritHousing().supportType(), null, 0, r.meritHousing().grantAmount(), null);
            case POOR_HOUSING -> decision(r.poorHousing().outcome() == Outcome.ELIGIBLE,
                    r.poorHousing().outcome().name(), version, asOf, r.poorHousing().reasons(),
                    r.poorHousing().programme(), null, 0, r.poorHousing().grantAmount(), null);
            case FUNERAL_SUPPORT -> pick(r.funeralSupport(), member, EvaluationResult.Funeral::memberId)
                    .map(f -> decision(f.eligible(), f.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", version, asOf,
                            f.reasons(), null, null, 0, f.grantAmount(), null))
                    .orElseGet(() -> none(Program.FUNERAL_SUPPORT, version, asOf, List.of()));
        };
    }

    private static <T> Optional<T> pick(List<T> entries, String memberId, java.util.function.Function<T, String> idOf) {
        return entries.stream().filter(e -> memberId == null || Objects.equals(idOf.apply(e), memberId)).findFirst();
    }

    /**
     * A member for whom the engine proposed nothing under the case's program: the case leads with that program's own
     * criterion, in both languages with its citation, then the household's facts it was decided on (the poverty
     * criteria, for an allowance some of whose categories need a poor household).
     */
    private static CaseDecision none(Program program, String version, LocalDate asOf, List<Reason> context) {
        CaseDecision none = decision(false, "NOT_ELIGIBLE", version, asOf, context, null, null, 0, 0, null);
        List<CaseDecision.Reason> reasons = new java.util.ArrayList<>(none.reasons().size() + 1);
        reasons.add(notProposed(program));
        reasons.addAll(none.reasons());
        return new CaseDecision(false, none.outcome(), version, asOf, reasons, null, null, 0, 0, null);
    }

    static CaseDecision.Reason notProposed(Program program) {
        String key = "case.reason.none." + program.name();
        return new CaseDecision.Reason(TEXTS.textIn(VI, key + ".code"), false, Map.of(), TEXTS.textIn(VI, key + ".citation"),
                TEXTS.textIn(VI, key), TEXTS.textIn(Locale.ENGLISH, key));
    }

    private static CaseDecision decision(boolean eligible, String outcome, String version, LocalDate asOf,
                                         List<Reason> reasons, String category, java.math.BigDecimal coefficient,
                                         long monthly, long grant, String povertyStatus) {
        List<CaseDecision.Reason> mapped = reasons.stream().map(EligibilityCaseEvaluator::reason).toList();
        return new CaseDecision(eligible, outcome, version, asOf, mapped, category, coefficient, monthly, grant,
                povertyStatus);
    }

    private static CaseDecision.Reason reason(Reason r) {
        Map<String, Object> values = r.getValues();
        return new CaseDecision.Reason(r.getCode(), r.isPassed(), values, r.getCitation(),
                r.getMessage().vi(), r.getMessage().en());
    }
}
