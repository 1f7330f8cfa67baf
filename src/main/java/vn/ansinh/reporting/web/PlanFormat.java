package vn.ansinh.reporting.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/** Numbers and times on the plan pages as people read them: {@code 12,5}, {@code 1.234}, {@code 02/12/2026 09:30}. */
@Component("planFmt")
class PlanFormat {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    public String count(Long value) {
        return value == null ? "—" : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    public String time(Instant at) {
        return at == null ? "" : Formats.DATE_TIME.format(at.atZone(VIETNAM));
    }
}
