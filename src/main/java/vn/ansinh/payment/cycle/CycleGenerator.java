package vn.ansinh.payment.cycle;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.YearMonth;

/**
 * Writes a cycle's lines set-based in PostgreSQL (never row by row). Every insert is
 * {@code ON CONFLICT DO NOTHING} against the unique keys (entitlement + month, idempotency key,
 * original line of an arrears line, the appeal of an appeal's arrears), so running it again adds only what is missing.
 */
@Component
class CycleGenerator {

    private static final String DUE = """
            e.status IN ('ACTIVE', 'ENDED') AND e.start_month <= :month
            AND (e.end_month IS NULL OR e.end_month >= :month)""";

    private static final String MONTHLY_AMOUNT = "COALESCE(round(a.coefficient * :base)::bigint, a.fixed_amount)";

    private static final String AMOUNT_JOIN = """
            JOIN entitlement_amount a ON a.entitlement_id = e.id AND a.from_month <= :month
             AND (a.to_month IS NULL OR a.to_month >= :month)""";

    private static final String COLUMNS = """
            INSERT INTO payment_line (cycle_id, entitlement_id, month, kind, original_line_id, commune_code,
                beneficiary_name, cccd, program, category, amount, idempotency_key, status)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    private static String sql(String template) {
        return template.replace("{INSERT}", COLUMNS).replace("{DUE}", DUE)
                .replace("{AMOUNT_JOIN}", AMOUNT_JOIN).replace("{AMOUNT}", MONTHLY_AMOUNT);
    }

    CycleGenerator(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Caller holds the cycle's row lock; base is the base level in force on the first day of the month.
     * A fresh cycle has no lines yet, so only a regeneration looks for stale lines and changed amounts.
     */
    GenerationResult generate(long cycleId, String districtCode, YearMonth month, long base, boolean fresh) {
        var p = new MapSqlParameterSource()
                .addValue("cycle", cycleId).addValue("district", districtCode)
                .addValue("month", month.atDay(1)).addValue("ym", month.toString()).addValue("base", base);
        int removed = fresh ? 0 : jdbc.update(sql("""
                DELETE FROM payment_line l USING entitlement e
                 WHERE l.cycle_id = :cycle AND l.status = 'PLANNED' AND l.kind <> 'ARREARS'
                   AND l.entitlement_id = e.id AND NOT ({DUE})
                """), p);
        int updated = fresh ? 0 : jdbc.update(sql("""
                UPDATE payment_line l SET amount = x.amount, version = l.version + 1
                  FROM (SELECT e.id, {AMOUNT} AS amount FROM entitlement e {AMOUNT_JOIN}
                         WHERE e.district_code = :district AND e.kind = 'MONTHLY') x
                 WHERE l.cycle_id = :cycle AND l.kind = 'MONTHLY' AND l.status = 'PLANNED'
                   AND l.entitlement_id = x.id AND l.amount <> x.amount
                """), p);
        int monthly = jdbc.update(sql("""
                {INSERT}
                SELECT :cycle, e.id, :month, 'MONTHLY', NULL, e.commune_code, e.beneficiary_name, e.cccd,
                       e.program, e.category, {AMOUNT}, 'E' || e.id || '-' || :ym, 'PLANNED'
                  FROM entitlement e {AMOUNT_JOIN}
                 WHERE e.district_code = :district AND e.kind = 'MONTHLY' AND {DUE}
                ON CONFLICT DO NOTHING
                """), p);
        int grants = jdbc.update(sql("""
                {INSERT}
                SELECT :cycle, e.id, :month, 'ONE_OFF', NULL, e.commune_code, e.beneficiary_name, e.cccd,
                       e.program, e.category, e.grant_amount, 'G' || e.id, 'PLANNED'
                  FROM entitlement e
                 WHERE e.district_code = :district AND e.kind = 'ONE_OFF' AND e.status = 'ACTIVE'
                   AND e.start_month <= :month
                   AND NOT EXISTS (SELECT 1 FROM payment_line g WHERE g.entitlement_id = e.id AND g.kind = 'ONE_OFF')
                ON CONFLICT DO NOTHING
                """), p);
        int arrears = jdbc.update(sql("""
                {INSERT}
                SELECT :cycle, o.entitlement_id, o.month, 'ARREARS', o.id, o.commune_code, o.beneficiary_name, o.cccd,
                       o.program, o.category, o.amount, 'A' || o.id, 'PLANNED'
                  FROM payment_line o JOIN payment_cycle oc ON oc.id = o.cycle_id
                 WHERE oc.district_code = :district AND oc.month < :month AND o.status IN ('FAILED', 'RETURNED')
                ON CONFLICT DO NOTHING
                """), p);
        // what an appeal found owed for months already paid at the old amount (payment_appeal_effect), once
        arrears += jdbc.update(sql("""
                {INSERT}
                SELECT :cycle, e.id, x.arrears_month, 'ARREARS', NULL, e.commune_code,
                       e.beneficiary_name, e.cccd, e.program, e.category, x.arrears_amount, 'AP' || x.appeal_id, 'PLANNED'
                  FROM payment_appeal_effect x JOIN entitlement e ON e.id = x.entitlement_id
                 WHERE e.district_code = :district AND x.arrears_amount > 0
                   AND x.arrears_month <= :month
                ON CONFLICT DO NOTHING
                """), p);
        return new GenerationResult(monthly, grants, arrears, removed, updated);
    }
}
