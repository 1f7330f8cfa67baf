package vn.ansinh.casework.inbox;

import vn.ansinh.casework.CaseStatus;
import vn.ansinh.casework.Program;

import java.time.Instant;
import java.time.LocalDate;

/** One open task in a user's inbox, with the case facts the list shows ({@code caseReference}: the code people read). */
public record InboxItem(String taskId, String step, String taskName, long caseId, long householdId,
                        Program program, String communeCode, CaseStatus status, Instant created,
                        String assignee, boolean overdue, LocalDate dueOn, int caseVersion,
                        String caseReference) {
}
