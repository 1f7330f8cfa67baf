package vn.ansinh.payment.cycle;

import vn.ansinh.payment.PaymentAudit;
import vn.ansinh.payment.PaymentStateException;
import vn.ansinh.payment.access.PaymentScope;
import vn.ansinh.payment.entitlement.BaseLevels;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Act;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

/**
 * Generates, approves, exports and closes a district's monthly cycle; each act first checks the signed-in user's
 * area and role ({@link PaymentScope}, {@link Act#RUN_PAYMENT_CYCLE}, {@link Act#RECORD_PAYMENT_RESULTS}).
 */
@Service
public class CycleService {

    private final Cycles cycles;
    private final Lines lines;
    private final CycleGenerator generator;
    private final BaseLevels baseLevels;
    private final JdbcTemplate jdbc;
    private final PaymentAudit audit;
    private final PaymentScope scope;
    private final Clock clock;

    CycleService(Cycles cycles, Lines lines, CycleGenerator generator, BaseLevels baseLevels, JdbcTemplate jdbc,
                 PaymentAudit audit, PaymentScope scope) {
        this.scope = scope;
        this.cycles = cycles;
        this.lines = lines;
        this.generator = generator;
        this.baseLevels = baseLevels;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    /** Creates the cycle or regenerates it (only before approval); never duplicates a line. */
    @Transactional
    public Generated generate(String districtCode, YearMonth month, String actor) {
        scope.requireAct(districtCode, Act.RUN_PAYMENT_CYCLE);
        long base = baseLevels.baseLevel(month);
        Instant now = clock.instant();
        int created = jdbc.update("""
                INSERT INTO payment_cycle (district_code, month, status, base_level, generated_at, generated_by)
                VALUES (?, ?, 'GENERATED', ?, ?, ?) ON CONFLICT (district_code, month) DO NOTHING""",
                districtCode, Date.valueOf(month.atDay(1)), base, Timestamp.from(now), actor);
        PaymentCycle cycle = cycles.lockByDistrictAndMonth(districtCode, month).orElseThrow();
        if (created == 0) {
            cycle.regenerated(base, actor, now);
        }
        GenerationResult result = generator.generate(cycle.getId(), districtCode, month, base, created == 1);
        audit.record(created == 1 ? "PAYMENT_CYCLE_GENERATED" : "PAYMENT_CYCLE_REGENERATED", "PaymentCycle",
                cycle.getId(), "district=" + districtCode + " month=" + month + " base=" + base + " " + result);
        return new Generated(cycle.getId(), created == 1, result);
    }

    public record Generated(long cycleId, boolean created, GenerationResult result) {
    }

    @Transactional
    public void approve(long cycleId, String actor) {
        PaymentCycle cycle = scope.actionable(cycleId, Act.RUN_PAYMENT_CYCLE);
        if (lines.countByCycleIdAndStatus(cycleId, LineStatus.PLANNED) == 0) {
            throw new PaymentStateException("payment.error.cycleEmpty", cycleId);
        }
        cycle.approve(actor, clock.instant());
        cycles.saveAndFlush(cycle);
        audit.record("PAYMENT_CYCLE_APPROVED", "PaymentCycle", cycleId, "month=" + cycle.getMonth());
    }

    @Transactional
    public PaymentCycle exported(long cycleId, String what) {
        PaymentCycle cycle = scope.actionable(cycleId, Act.RUN_PAYMENT_CYCLE);
        cycle.exported(clock.instant());
        cycles.saveAndFlush(cycle);
        audit.record("PAYMENT_CYCLE_EXPORTED", "PaymentCycle", cycleId, what);
        return cycle;
    }

    @Transactional
    public void recordResult(long cycleId, long lineId, LineStatus result, String note) {
        PaymentCycle cycle = scope.actionable(cycleId, Act.RECORD_PAYMENT_RESULTS);
        cycle.requireResultsOpen();
        PaymentLine line = lines.findById(lineId).filter(l -> l.getCycleId() == cycleId).orElseThrow();
        line.record(result, note, clock.instant());
        lines.saveAndFlush(line);
        audit.record("PAYMENT_LINE_" + result, "PaymentLine", lineId, line.getIdempotencyKey());
    }

    @Transactional
    public void close(long cycleId) {
        PaymentCycle cycle = scope.actionable(cycleId, Act.RUN_PAYMENT_CYCLE);
        cycle.close(lines.countByCycleIdAndStatus(cycleId, LineStatus.PLANNED), clock.instant());
        cycles.saveAndFlush(cycle);
        audit.record("PAYMENT_CYCLE_CLOSED", "PaymentCycle", cycleId, "month=" + cycle.getMonth());
    }
}
