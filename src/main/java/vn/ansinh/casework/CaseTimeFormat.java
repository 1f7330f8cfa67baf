package vn.ansinh.casework;

import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/** Instants as the province reads them (dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh), for the case templates. */
@Component("caseTime")
public class CaseTimeFormat {

    public String at(Instant instant) {
        return instant == null ? "" : Formats.DATE_TIME.format(instant.atZone(CaseClock.ZONE));
    }
}
