package vn.ansinh.payment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.MonthlyAllowanceRecipients;

/**
 * The door to who receives regular social assistance: monthly allowances in force on a day, for statistics, and
 * whether a member who died received one, for casework's funeral support.
 */
@Service
public class AllowanceRecipients implements MonthlyAllowanceRecipients {

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

    @Override
    @Transactional(readOnly = true)
    public boolean receivedMonthlySocialAllowance(long memberId) {
        // active when the death is announced, or already stopped by it: the order of the listeners does not matter
        Boolean received = jdbc.queryForObject("""
                select exists (select 1 from entitlement
                 where member_id = ? and program = 'SOCIAL_ALLOWANCE' and kind = 'MONTHLY'
                   and (status = 'ACTIVE' or (status = 'ENDED' and end_reason = 'DEATH')))""", Boolean.class, memberId);
        return Boolean.TRUE.equals(received);
    }
}
