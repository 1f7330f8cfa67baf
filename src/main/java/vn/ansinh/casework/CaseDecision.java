package vn.ansinh.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the eligibility engine decided for one case: the outcome for the case's program, every reason
 * with its citation, the rule-set version, and the amounts the entitlement will carry.
 *
 * @param povertyStatus the household's computed status (POOR, NEAR_POOR, …) for poverty recognition, else null
 */
public record CaseDecision(
        boolean eligible,
        String outcome,
        String ruleSetVersion,
        LocalDate asOf,
        List<Reason> reasons,
        String category,
        BigDecimal coefficient,
        long monthlyAmount,
        long grantAmount,
        String povertyStatus) {

    public CaseDecision {
        reasons = List.copyOf(reasons);
    }

    /** One criterion checked, as the engine explains it. */
    public record Reason(String code, boolean passed, Map<String, Object> values, String citation,
                  String messageVi, String messageEn) {
    }
}
