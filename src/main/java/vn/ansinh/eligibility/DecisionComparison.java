package vn.ansinh.eligibility;

import java.util.List;
import java.util.Map;

/** A stored decision side by side with the same inputs re-run under today's rule set. */
public record DecisionComparison(StoredDecision asDecided, Map<String, Object> underTodaysRules,
                                 boolean sameRuleSet, List<String> asDecidedSummary, List<String> todaySummary,
                                 List<String> differences) {
}
