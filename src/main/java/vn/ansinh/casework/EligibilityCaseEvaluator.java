package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.engine.InvalidFactsException;
import vn.ansinh.eligibility.engine.NotCoveredException;
import vn.ansinh.eligibility.facts.Outcome;
import vn.ansinh.eligibility.facts.PovertyStatus;
import vn.ansinh.eligibility.facts.Reason;

/** Asks the eligibility engine about the case's snapshot and keeps the part for the case's program. */
@Component
class EligibilityCaseEvaluator implements CaseEvaluator {

    private final EligibilityManagement eligibility;
    private final JsonMapper json;

    EligibilityCaseEvaluator(EligibilityManagement eligibility, JsonMapper json) {
        this.eligibility = eligibility;
        this.json = json;
    }

    @Override
    public CaseDecision evaluate(Case c, LocalDate asOf) {
        CaseSnapshot snapshot = json.readValue(c.assessmentSnapshot(), CaseSnapshot.class);
        EvaluationResult r;
        try {
            r = eligibility.evaluate(CaseFacts.of(snapshot, asOf), asOf);
        } catch (InvalidFactsException | NotCoveredException e) {
            throw new CaseTransitionRefused("case.evaluation.refused", e.getMessage());
        }
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
                    .orElseGet(() -> none(version, asOf, r.poverty().reasons()));
            case CARE_SUPPORT -> pick(r.careSupport(), member, EvaluationResult.Care::memberId)
                    .map(a -> decision(a.eligible(), a.eligible() ? "CARE" : "NOT_ELIGIBLE", version, asOf, a.reasons(),
                            null, a.coefficient(), a.monthlyAmount(), 0, null))
                    .orElseGet(() -> none(version, asOf, List.of()));
            case SOCIAL_PENSION -> pick(r.socialPension(), member, EvaluationResult.SocialPensionEntry::memberId)
                    .map(p -> decision(p.eligible() && p.paid(), p.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", version,
                            asOf, p.reasons(), null, null, p.paid() ? p.monthlyAmount() : 0, 0, null))
                    .orElseGet(() -> none(version, asOf, List.of()));
            case MERIT_HOUSING -> decision(r.meritHousing().outcome() == Outcome.ELIGIBLE,
                    r.meritHousing().outcome().name(), version, asOf, r.meritHousing().reasons(),
                    r.meritHousing().supportType(), null, 0, r.meritHousing().grantAmount(), null);
            case POOR_HOUSING -> decision(r.poorHousing().outcome() == Outcome.ELIGIBLE,
                    r.poorHousing().outcome().name(), version, asOf, r.poorHousing().reasons(),
                    r.poorHousing().programme(), null, 0, r.poorHousing().grantAmount(), null);
            case FUNERAL_SUPPORT -> pick(r.funeralSupport(), member, EvaluationResult.Funeral::memberId)
                    .map(f -> decision(f.eligible(), f.eligible() ? "ELIGIBLE" : "NOT_ELIGIBLE", version, asOf,
                            f.reasons(), null, null, 0, f.grantAmount(), null))
                    .orElseGet(() -> none(version, asOf, List.of()));
        };
    }

    private static <T> Optional<T> pick(List<T> entries, String memberId, java.util.function.Function<T, String> idOf) {
        return entries.stream().filter(e -> memberId == null || Objects.equals(idOf.apply(e), memberId)).findFirst();
    }

    private static CaseDecision none(String version, LocalDate asOf, List<Reason> reasons) {
        return decision(false, "NOT_ELIGIBLE", version, asOf, reasons, null, null, 0, 0, null);
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
