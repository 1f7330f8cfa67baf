package vn.ansinh.payment;

import java.time.LocalDate;
import java.time.YearMonth;

/** The social-assistance base level (mức chuẩn trợ giúp xã hội) in force on the first day of a month, from the rule parameters. */
public interface BaseLevels {

    long baseLevel(YearMonth month);

    /** Funeral support for a monthly beneficiary who died on this day (POLICY.md §6.5: a multiple of the base level). */
    long funeralSupport(LocalDate diedOn);
}
