package vn.ansinh.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Published once when an appeal changes a decision (never for upheld or sent back). The payment module applies the
 * effect to the case's entitlement once per appeal: opens one from {@code fromMonth}, stops it, or changes its amount
 * from {@code fromMonth} and records the arrears.
 *
 * @param previousMonthlyAmount the monthly amount as first decided (0 when the case was refused), for the arrears
 * @param fromMonth the month of the original decision: a changed decision counts from when the first one did
 */
public record AppealDecided(
        long appealId,
        long caseId,
        long householdId,
        Long memberId,
        Program program,
        AppealEffect effect,
        String category,
        BigDecimal coefficient,
        long monthlyAmount,
        long grantAmount,
        long previousMonthlyAmount,
        long previousGrantAmount,
        YearMonth fromMonth,
        LocalDate decidedOn,
        String communeCode,
        String decidedBy) {
}
