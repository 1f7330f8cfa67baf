package vn.ansinh.payment.cycle;

import vn.ansinh.payment.access.PaymentScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Read models for pages and API, limited to what the caller may see. */
@Component
public class PaymentQueries {

    private final Cycles cycles;
    private final Lines lines;
    private final PaymentScope scope;
    private final JdbcTemplate jdbc;

    PaymentQueries(Cycles cycles, Lines lines, PaymentScope scope, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.lines = lines;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public List<CycleView> cycles() {
        List<String> districts = scope.readableDistricts();
        return cycles.findAllByOrderByMonthDescDistrictCodeAsc().stream()
                .filter(c -> districts.contains(c.getDistrictCode())).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public CycleView cycle(long id) {
        return view(scope.readable(id));
    }

    @Transactional(readOnly = true)
    public List<PaymentLine> lines(long cycleId, String commune) {
        scope.readable(cycleId);
        String limit = scope.communeLimit();
        if (limit != null && commune != null && !limit.equals(commune)) {
            return List.of();
        }
        String only = limit != null ? limit : commune;
        return only == null ? lines.findByCycleIdOrderByCommuneCodeAscBeneficiaryNameAscIdAsc(cycleId)
                : lines.findByCycleIdAndCommuneCodeOrderByBeneficiaryNameAscIdAsc(cycleId, only);
    }

    private CycleView view(PaymentCycle c) {
        String limit = scope.communeLimit();
        return jdbc.queryForObject("""
                SELECT count(*), coalesce(sum(amount), 0) FROM payment_line
                 WHERE cycle_id = ? AND status <> 'CANCELLED' AND (? = '' OR commune_code = ?)""",
                (rs, i) -> CycleView.of(c, rs.getLong(1), rs.getLong(2)),
                c.getId(), limit == null ? "" : limit, limit == null ? "" : limit);
    }
}
