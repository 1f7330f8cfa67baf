package vn.ansinh.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The door to housing as surveyed: each household's latest assessment on or before a day, for statistics. */
@Service
public class HousingRecords {

    /** The housing of one household's latest assessment. */
    public record Housing(HousingCondition condition, boolean onMeritHousingList) {

        /** Solid or semi-solid (kiên cố, bán kiên cố): the survey found the house sound. */
        public boolean solid() {
            return condition == HousingCondition.SOUND;
        }

        /** Đơn sơ: a makeshift house or none at all. */
        public boolean makeshift() {
            return condition == HousingCondition.MAKESHIFT_DILAPIDATED || condition == HousingCondition.NO_HOUSE;
        }
    }

    private final JdbcTemplate jdbc;

    HousingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Household id → housing of its latest assessment on or before {@code day}; households never assessed are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Housing> latestAsOf(LocalDate day) {
        Map<Long, Housing> out = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select distinct on (household_id) household_id, housing_condition, on_provincial_merit_housing_list
                    from assessment where assessed_on <= ? order by household_id, assessed_on desc, id desc""");
            ps.setDate(1, Date.valueOf(day));
            ps.setFetchSize(5000);
            return ps;
        }, rs -> {
            out.put(rs.getLong(1), new Housing(HousingCondition.valueOf(rs.getString(2)), rs.getBoolean(3)));
        });
        return out;
    }
}
