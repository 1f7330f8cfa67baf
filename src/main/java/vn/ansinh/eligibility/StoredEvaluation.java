package vn.ansinh.eligibility;

/**
 * A decision just stored: its id in {@code eligibility_decision} (the one record of inputs, result and rule-set
 * version) and the engine's result, for the caller to take its program's part from.
 */
public record StoredEvaluation(long decisionId, EvaluationResult result) {
}
