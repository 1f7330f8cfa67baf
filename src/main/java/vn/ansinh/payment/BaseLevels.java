package vn.ansinh.payment;

import java.time.YearMonth;

/** The social-assistance base level (mức chuẩn trợ giúp xã hội) in force on the first day of a month, from the rule parameters. */
public interface BaseLevels {

    long baseLevel(YearMonth month);
}
