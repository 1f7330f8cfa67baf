package vn.ansinh.payment.entitlement;

import java.time.LocalDate;
import java.time.YearMonth;

/** The social-assistance base level (mức chuẩn trợ giúp xã hội) in force on the first day of a month, from the rule parameters. */
public interface BaseLevels {

    /** @throws IllegalArgumentException when no base level is in force that month */
    long baseLevel(YearMonth month);

    /** Whether a base level is in force in the month, i.e. whether anything can be paid for it. */
    default boolean covers(YearMonth month) {
        try {
            baseLevel(month);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Funeral support for a monthly beneficiary who died on this day (POLICY.md §6.5: a multiple of the base level). */
    long funeralSupport(LocalDate diedOn);
}
