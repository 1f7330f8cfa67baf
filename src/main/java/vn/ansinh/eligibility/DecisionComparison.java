package vn.ansinh.eligibility;

import java.util.List;
import java.util.Map;

/**
 * A stored decision side by side with the same inputs re-run under today's rule set. {@code differences} are the
 * changed outcomes as comparable one-line facts (for machines); {@code changes} the same, each outcome's part of both
 * results, for the pages to put in words.
 */
public record DecisionComparison(StoredDecision asDecided, Map<String, Object> underTodaysRules,
                                 boolean sameRuleSet, List<String> asDecidedSummary, List<String> todaySummary,
                                 List<String> differences, List<Change> changes) {

    /**
     * One outcome that differs: its part ({@code poverty}, {@code socialAllowance}, …, as in the result), the member
     * it is of (null for the household's), and that part of the result as decided and today (null where absent).
     */
    public record Change(String part, String memberId, Map<String, Object> asDecided, Map<String, Object> today) {
    }
}
