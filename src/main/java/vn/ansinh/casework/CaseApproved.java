package vn.ansinh.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Published when the last approval level approves a case. The payment module turns it into an entitlement.
 *
 * @param memberId     the household member the benefit is for; null for household-level programs
 * @param category     the decided category (e.g. {@code SA5a+}), null where the program has none
 * @param coefficient  the decided coefficient of the base level for monthly allowances, else null
 * @param monthlyAmount the monthly amount decided (VND) for monthly programs, else 0
 * @param grantAmount  the one-off grant (VND) for one-off programs, else 0
 * @param startMonth   first month a monthly benefit is paid
 */
public record CaseApproved(
        long caseId,
        long householdId,
        Long memberId,
        Program program,
        String category,
        BigDecimal coefficient,
        long monthlyAmount,
        long grantAmount,
        LocalDate decidedOn,
        YearMonth startMonth,
        String communeCode,
        String approvedBy) {
}
