package vn.ansinh.geography;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units of later layouts and the succession of old units into them (V50). Read once by {@link Geography}. */
@Repository
class ReformedUnits {

    private final JdbcClient jdbc;

    ReformedUnits(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    List<AdminUnit> units() {
        return jdbc.sql("select code, name, level, unit_type, parent_code, valid_from, valid_to from reformed_admin_unit")
                .query((rs, i) -> new AdminUnit(rs.getString("code"), rs.getString("name"),
                        AdminUnit.Level.valueOf(rs.getString("level")), rs.getString("unit_type"),
                        rs.getString("parent_code"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    List<Succession> successions() {
        return jdbc.sql("select old_code, new_code, source, unconfirmed, note from admin_unit_succession")
                .query((rs, i) -> new Succession(rs.getString("old_code"), rs.getString("new_code"),
                        rs.getString("source"), rs.getBoolean("unconfirmed"), rs.getString("note")))
                .list();
    }
}
