package vn.ansinh.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/** Vietnamese display formats: {@code 1.500.000 đ} and {@code dd/MM/yyyy}. Available in templates as {@code @fmt}. */
@Component("fmt")
public class Formats {

    /** Strict: 31/02/2024 is refused, not read as 29/02/2024 (the same rule as the forms' date fields). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** The province's clock: instants are shown and days are cut in Thái Bình time. */
    public static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    public static String vnd(Number amount) {
        return amount == null ? "" : number(amount) + " đ";
    }

    /** {@code 10.000}: a count or limit written the Vietnamese way. */
    public static String number(Number amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        BigDecimal value = amount instanceof BigDecimal b ? b : new BigDecimal(amount.toString());
        return format.format(value);
    }

    /** An instant as dd/MM/yyyy HH:mm in the province's time. */
    public static String at(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(PROVINCE));
    }

    public static String date(TemporalAccessor date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 07/2024}. */
    public static String month(java.time.YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MM/yyyy").format(month);
    }

    public String money(Number amount) {
        return vnd(amount);
    }

    public String day(LocalDate date) {
        return date(date);
    }

    /** A month as the API writes it ({@code 2024-07}) the way pages show it: {@code 07/2024}. */
    public String month(String isoMonth) {
        return isoMonth == null || isoMonth.isBlank() ? "" : month(java.time.YearMonth.parse(isoMonth));
    }

    public String dateTime(TemporalAccessor time) {
        return time == null ? "" : DATE_TIME.format(time);
    }
}
