package vn.ansinh.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.flowable.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * The case workflow's time: Flowable's engine clock, so that timers, due dates and decision dates
 * move together when tests move the clock. Days are counted in the province's time zone.
 */
@Component
public class CaseClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProcessEngine engine;

    CaseClock(ProcessEngine engine) {
        this.engine = engine;
    }

    Instant now() {
        return engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    /** A window whose last day is {@code lastDay} closes when the next day starts. */
    public static Date endOf(LocalDate lastDay) {
        return Date.from(lastDay.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
