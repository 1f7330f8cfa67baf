package vn.ansinh.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A decision as stored: the result exactly as decided (JSON tree: outcomes, amounts, reasons, rule set)
 * and the snapshot of the inputs it was decided on.
 */
public record StoredDecision(long id, long householdId, LocalDate asOf, Instant evaluatedAt, String evaluatedBy,
                             String ruleSetVersion, String ruleSetLabel, HouseholdFacts input,
                             Map<String, Object> result) {
}
