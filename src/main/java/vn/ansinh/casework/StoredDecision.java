package vn.ansinh.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The engine's decision as kept on the case: enough to show every reason and to create the entitlement. */
@Embeddable
public record StoredDecision(
        @Column(name = "decision_eligible") Boolean eligible,
        @Column(name = "decision_outcome") String outcome,
        @Column(name = "decision_rule_set") String ruleSetVersion,
        @Column(name = "decision_reasons", columnDefinition = "text") String reasonsJson,
        @Column(name = "decision_category") String category,
        @Column(name = "decision_coefficient") BigDecimal coefficient,
        @Column(name = "decision_monthly") Long monthlyAmount,
        @Column(name = "decision_grant") Long grantAmount,
        @Column(name = "decision_poverty") String povertyStatus,
        @Column(name = "decision_as_of") LocalDate asOf) {

    static StoredDecision of(CaseDecision d, String reasonsJson) {
        return new StoredDecision(d.eligible(), d.outcome(), d.ruleSetVersion(), reasonsJson, d.category(),
                d.coefficient(), d.monthlyAmount(), d.grantAmount(), d.povertyStatus(), d.asOf());
    }
}
