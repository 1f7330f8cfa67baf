package vn.ansinh.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A stored decision: outcomes, amounts and reasons (result JSON), the rule-set version and the input snapshot. */
@Entity
@Table(name = "eligibility_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long householdId;
    private LocalDate asOf;
    private Instant evaluatedAt;
    private String evaluatedBy;
    private String ruleSetVersion;
    private String ruleSetLabel;
    private String povertyStatus;
    @Column(columnDefinition = "text")
    private String inputSnapshot;
    @Column(columnDefinition = "text")
    private String result;

    protected Decision() {
    }

    Decision(long householdId, LocalDate asOf, String evaluatedBy, EvaluationResult decided, String inputSnapshot,
             String result) {
        this.householdId = householdId;
        this.asOf = asOf;
        this.evaluatedAt = Instant.now();
        this.evaluatedBy = evaluatedBy;
        this.ruleSetVersion = decided.ruleSet().version();
        this.ruleSetLabel = decided.ruleSet().label();
        this.povertyStatus = decided.poverty().status() == null ? null : decided.poverty().status().name();
        this.inputSnapshot = inputSnapshot;
        this.result = result;
    }

    Long id() { return id; }
    long householdId() { return householdId; }
    LocalDate asOf() { return asOf; }
    Instant evaluatedAt() { return evaluatedAt; }
    String evaluatedBy() { return evaluatedBy; }
    String ruleSetVersion() { return ruleSetVersion; }
    String ruleSetLabel() { return ruleSetLabel; }
    String inputSnapshot() { return inputSnapshot; }
    String result() { return result; }
}
