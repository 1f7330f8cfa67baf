package vn.ansinh.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything the case page and the API show about one case; {@code reference} is the code people read and quote. */
public record CaseView(
        long id, int version, long householdId, Long memberId, Program program, CaseKind kind,
        String communeCode, String districtCode, CaseStatus status, String processInstanceId, String openedBy, Instant openedAt,
        String assessedBy, Long eligibilityDecisionId, Decision decision, Meeting meeting,
        LocalDate postingEndsOn, ApprovalLevel approvalLevel, String approverGroup, LocalDate approvalDueOn,
        boolean overdue, LocalDate decidedOn, String decidedBy, String decisionNote,
        List<String> openSteps, List<Step> timeline, String reference) {

    public record Decision(boolean eligible, String outcome, String ruleSetVersion, LocalDate asOf,
                           List<CaseDecision.Reason> reasons, String category, BigDecimal coefficient,
                           long monthlyAmount, long grantAmount, String povertyStatus) {
    }

    /** The survey answers the decision was made on, as eligibility's stored decision keeps them. */
    public record Assessed(Long monthlyIncomePerCapita, List<String> deprivations, String housingCondition) {
    }

    /**
     * The decision re-run: the program's part as decided and under today's rule set, the two rule sets' labels,
     * whether they are the same, and the lines of the whole decision that differ.
     */
    public record Rerun(long eligibilityDecisionId, Decision asDecided, Decision underTodaysRules, String asDecidedRules,
                        String todaysRules, boolean sameRuleSet, List<String> differences) {
    }

    public record Meeting(LocalDate heldOn, int attendance, int agreeing, int agreementPercent, boolean agreed) {
    }

    public record Step(Instant at, String step, String action, String actor, String comment) {
    }
}
