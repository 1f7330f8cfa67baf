package vn.ansinh.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Whole-VND arithmetic and the official {@code 1.500.000 đ} form. */
public final class Money {

    private Money() {
    }

    /** coefficient × base level, rounded half-up to whole VND. */
    public static long times(BigDecimal coefficient, long baseLevel) {
        return coefficient.multiply(BigDecimal.valueOf(baseLevel)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static String vnd(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount) + " đ";
    }
}
