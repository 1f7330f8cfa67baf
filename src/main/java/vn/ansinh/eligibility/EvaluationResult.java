package vn.ansinh.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import vn.ansinh.eligibility.facts.HealthSupport;
import vn.ansinh.eligibility.facts.Outcome;
import vn.ansinh.eligibility.facts.PoorSubtype;
import vn.ansinh.eligibility.facts.PovertyStatus;
import vn.ansinh.eligibility.facts.Reason;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The decision for one household as of one date, every program, with reasons (CONTRACT.md response). */
public record EvaluationResult(LocalDate asOf, RuleSetRef ruleSet, Poverty poverty,
                               List<SocialAllowance> socialAllowance, List<Care> careSupport,
                               List<SocialPensionEntry> socialPension, List<HealthInsurance> healthInsurance,
                               MeritHousing meritHousing, PoorHousing poorHousing,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Funeral> funeralSupport) {

    public EvaluationResult {
        funeralSupport = funeralSupport == null ? List.of() : funeralSupport;
    }

    /** A result without deaths: no funeral-support entries. */
    public EvaluationResult(LocalDate asOf, RuleSetRef ruleSet, Poverty poverty,
                            List<SocialAllowance> socialAllowance, List<Care> careSupport,
                            List<SocialPensionEntry> socialPension, List<HealthInsurance> healthInsurance,
                            MeritHousing meritHousing, PoorHousing poorHousing) {
        this(asOf, ruleSet, poverty, socialAllowance, careSupport, socialPension, healthInsurance, meritHousing,
                poorHousing, List.of());
    }

    /** Funeral support for a member who died on or before asOf, decided as of the day of death. */
    public record Funeral(String memberId, LocalDate deceasedOn, boolean eligible, long baseLevel, long grantAmount,
                          List<Reason> reasons) {
    }

    /** The rule set that decided: content hash of {@code rules/} and its label. */
    public record RuleSetRef(String version, String label) {
    }

    /** Poverty classification; {@code poorSubtype} only under QD59_2015. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Poverty(String standard, PovertyStatus status, PoorSubtype poorSubtype, int deprivationCount,
                          List<Reason> reasons) {
    }

    /** One paid monthly social allowance; {@code children} only for the per-child single-parent allowance. */
    public record SocialAllowance(String memberId, String category, BigDecimal coefficient, long baseLevel,
                                  long monthlyAmount, @JsonInclude(JsonInclude.Include.NON_NULL) Integer children,
                                  List<Reason> reasons) {
    }

    /**
     * Monthly care support paid to the household for the member it cares for. {@code eligible} (added) is false only
     * for an entry that explains a refusal the caller could fix (a severely disabled person living with young
     * children none of whom is linked to a parent): coefficient and amount are then 0.
     */
    public record Care(String memberId, BigDecimal coefficient, long monthlyAmount, List<Reason> reasons,
                       boolean eligible) {

        public Care(String memberId, BigDecimal coefficient, long monthlyAmount, List<Reason> reasons) {
            this(memberId, coefficient, monthlyAmount, reasons, true);
        }
    }

    /** Social pension: eligible when all conditions hold; paid only when higher than the social allowance. */
    public record SocialPensionEntry(String memberId, boolean eligible, boolean paid, long monthlyAmount,
                                     List<Reason> reasons) {
    }

    /** Health-insurance support of one member. */
    public record HealthInsurance(String memberId, HealthSupport support, List<Reason> reasons) {
    }

    /** Merit housing (QĐ 22/2013). */
    public record MeritHousing(Outcome outcome, String supportType, long grantAmount, List<Reason> reasons) {
    }

    /** Poor-household housing (QĐ 33/2015 loan; QĐ 167/2008 grant and loan). */
    public record PoorHousing(Outcome outcome, long loanMax, long grantAmount,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String programme,
                              @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal interestRatePerYear,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer termYears,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Integer graceYears,
                              List<Reason> reasons) {
    }
}
