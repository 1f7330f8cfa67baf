package vn.ansinh.household;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Members removed from households (V119): kept for the household's history, never read as members again. */
@Component
class MemberRemovals {

    private final JdbcTemplate jdbc;

    MemberRemovals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long householdId, Member member, String reason, String removedBy) {
        jdbc.update("insert into household_member_removal(household_id, member_id, full_name, birth_date, relation, cccd,"
                        + " reason, removed_by) values (?, ?, ?, ?, ?, ?, ?, ?)", householdId, member.id(),
                member.fullName(), member.birthDate(), member.relation().name(), member.cccd(), reason, removedBy);
    }

    List<FormerMember> of(long householdId) {
        return jdbc.query("select full_name, birth_date, relation, cccd, reason, removed_by, removed_at"
                        + " from household_member_removal where household_id = ? order by removed_at desc, id desc",
                (rs, n) -> new FormerMember(rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                        Relation.valueOf(rs.getString("relation")), rs.getString("cccd"), rs.getString("reason"),
                        rs.getString("removed_by"), rs.getObject("removed_at", java.time.OffsetDateTime.class).toInstant()), householdId);
    }
}
