package vn.ansinh.policy.web;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/** Moments of the workbench in the province's clock, dd/MM/yyyy HH:mm ({@code @policyFmt} in templates). */
@Component("policyFmt")
class PolicyFormats {

    public String time(OffsetDateTime t) {
        return t == null ? "" : Formats.DATE_TIME.format(t.atZoneSameInstant(Formats.PROVINCE));
    }

    public String day(java.time.LocalDate d) {
        return d == null ? "" : Formats.date(d);
    }
}
