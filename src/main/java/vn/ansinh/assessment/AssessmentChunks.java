package vn.ansinh.assessment;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey answers read for a chunk of households at once (bulk re-evaluation, the policy impact run): one query
 * ({@code DISTINCT ON}) for the whole chunk, never one per household. No caller check: the bulk job's door checked
 * the act and area when the job started.
 */
@Service
public class AssessmentChunks {

    private final JdbcTemplate jdbc;

    AssessmentChunks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Household id → the assessment an evaluation as of {@code asOf} uses: the latest on or before {@code asOf}
     * (latest date, then highest id), or — when every assessment is later — the newest one, exactly as the
     * single-household evaluation picks it. Households never assessed are absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, AssessmentView> forEvaluation(Collection<Long> householdIds, LocalDate asOf) {
        Map<Long, AssessmentView> out = new HashMap<>(householdIds.size() * 2);
        if (householdIds.isEmpty()) {
            return out;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select distinct on (household_id) * from assessment where household_id = any(?)
                    order by household_id, (assessed_on <= ?) desc, assessed_on desc, id desc""");
            Array ids = con.createArrayOf("bigint", householdIds.toArray(Long[]::new));
            ps.setArray(1, ids);
            ps.setDate(2, Date.valueOf(asOf));
            return ps;
        }, rs -> {
            AssessmentView a = view(rs);
            out.put(a.householdId(), a);
        });
        return out;
    }

    private static AssessmentView view(ResultSet rs) throws SQLException {
        String deprivations = rs.getString("deprivations");
        List<String> codes = deprivations == null || deprivations.isBlank() ? List.of() : List.copyOf(Arrays.asList(deprivations.split(",")));
        String housing = rs.getString("housing_condition");
        Timestamp recordedAt = rs.getTimestamp("recorded_at");
        return new AssessmentView(rs.getLong("id"), rs.getLong("household_id"), rs.getObject("assessed_on", LocalDate.class),
                rs.getLong("monthly_income_per_capita"), codes, housing == null ? null : HousingCondition.valueOf(housing),
                rs.getBoolean("on_provincial_merit_housing_list"), rs.getObject("residence_registered_on", LocalDate.class),
                rs.getObject("separated_since", LocalDate.class), rs.getBoolean("on_poor_list_2015"),
                rs.getObject("prior_housing_support_on", LocalDate.class), rs.getBoolean("disaster_damaged"),
                rs.getString("recorded_by"), recordedAt == null ? null : recordedAt.toInstant());
    }
}
