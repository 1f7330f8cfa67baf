package vn.ansinh.reporting;

import java.sql.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ansinh.common.access.Jurisdiction;

/** The plan tracker's own table of counts per year, commune, urban/rural and measure. */
@Repository
class MeasureCounts {

    private final JdbcTemplate jdbc;

    MeasureCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CountCube load(Jurisdiction scope, Collection<Integer> years) {
        String where = switch (scope.level()) {
            case PROVINCE -> "";
            case DISTRICT -> " and district_code = ?";
            case COMMUNE -> " and commune_code = ?";
        };
        List<CountCube.Row> rows = jdbc.query(con -> {
            var ps = con.prepareStatement("select year, district_code, commune_code, area_type, measure, numerator, denominator"
                    + " from plan_measure_count where year = any(?)" + where);
            Array array = con.createArrayOf("integer", years.toArray());
            ps.setArray(1, array);
            if (scope.level() != Jurisdiction.Level.PROVINCE) {
                ps.setString(2, scope.code());
            }
            return ps;
        }, (rs, n) -> new CountCube.Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Measure.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7)));
        return new CountCube(rows);
    }

    void replaceYear(int year, List<CountCube.Row> rows, long households) {
        jdbc.update("delete from plan_measure_count where year = ?", year);
        jdbc.batchUpdate("insert into plan_measure_count(year, district_code, commune_code, area_type, measure, numerator,"
                        + " denominator) values (?, ?, ?, ?, ?, ?, ?)", rows, 1000, (ps, r) -> {
            ps.setInt(1, r.year());
            ps.setString(2, r.districtCode());
            ps.setString(3, r.communeCode());
            ps.setString(4, r.areaType());
            ps.setString(5, r.measure().name());
            ps.setLong(6, r.numerator());
            ps.setLong(7, r.denominator());
        });
        jdbc.update("insert into plan_recompute(year, computed_at, households) values (?, now(), ?)"
                + " on conflict (year) do update set computed_at = excluded.computed_at, households = excluded.households",
                year, households);
    }

    Optional<Instant> computedAt(int year) {
        return jdbc.query("select computed_at from plan_recompute where year = ?",
                (rs, n) -> rs.getTimestamp(1).toInstant(), year).stream().findFirst();
    }

    boolean empty() {
        return Boolean.FALSE.equals(jdbc.queryForObject("select exists(select 1 from plan_recompute)", Boolean.class));
    }

}
