package vn.ansinh.payment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The door to who receives regular social assistance, for statistics: monthly allowances in force on a day. */
@Service
public class AllowanceRecipients {

    private final JdbcTemplate jdbc;

    AllowanceRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Members with an approved monthly social allowance (trợ cấp xã hội hằng tháng) in force in the month of {@code day}. */
    @Transactional(readOnly = true)
    public List<Long> monthlySocialAllowanceMembers(LocalDate day) {
        return List.copyOf(monthlySocialAllowanceCategories(day).keySet());
    }

    /** Member → category (e.g. {@code SA5a}) of the monthly social allowance in force in the month of {@code day}. */
    @Transactional(readOnly = true)
    public Map<Long, String> monthlySocialAllowanceCategories(LocalDate day) {
        Date month = Date.valueOf(day.withDayOfMonth(1));
        Map<Long, String> out = new HashMap<>();
        jdbc.query("""
                select member_id, coalesce(category, '') from entitlement
                where program = 'SOCIAL_ALLOWANCE' and kind = 'MONTHLY' and member_id is not null
                  and status in ('ACTIVE', 'ENDED') and start_month <= ? and (end_month is null or end_month >= ?)
                order by id""", rs -> {
            out.put(rs.getLong(1), rs.getString(2));
        }, month, month);
        return out;
    }
}
