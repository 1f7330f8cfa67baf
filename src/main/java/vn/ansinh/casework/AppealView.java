package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * An appeal as its page and the API show it: the contested case, the grounds, the deadline, the outcome and what it
 * changed; {@code rerun} is the original decision as decided and under today's rules side by side.
 */
public record AppealView(long id, int version, long caseId, String caseReference, long householdId, Long memberId,
                         Program program, String communeCode, String districtCode, AppealStatus status, String grounds,
                         LocalDate receivedOn, LocalDate dueOn, boolean overdue, int workingDaysLeft, String lodgedBy,
                         String reviewerGroup, LocalDate decidedOn, String decidedBy, String decisionNote,
                         AppealEffect effect, Long effectMonthly, Long effectGrant, LocalDate effectFromMonth,
                         Long reassessmentCaseId, CaseView.Rerun rerun, List<String> openSteps,
                         String reassessmentReference) {
}
