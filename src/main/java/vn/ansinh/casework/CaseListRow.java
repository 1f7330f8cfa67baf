package vn.ansinh.casework;

import java.time.LocalDate;

/**
 * One case of the list as people read it: the household by its code and head's name (and village), the program,
 * status and step (words come from their keys), the dates, and the case's reference code; {@code caseId} is only for
 * the link to the case's page.
 */
public record CaseListRow(long caseId, String reference, long householdId, String householdCode, String headName,
                          String village, String communeCode, Program program, CaseStatus status, CaseStep step,
                          LocalDate openedOn, LocalDate dueOn, boolean overdue, LocalDate decidedOn, String memberName) {

    /** The step's message key ({@code step.villageMeeting}), or null for a closed case. */
    public String stepKey() {
        return step == null ? null : "step." + step.key();
    }
}
