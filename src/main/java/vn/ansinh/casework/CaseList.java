package vn.ansinh.casework;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.Formats;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;
import vn.ansinh.common.audit.AuditEvent;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdLabel;
import vn.ansinh.household.HouseholdManagement;

/**
 * The case list and search of the actor's area (a commune officer their commune, a district approver their district,
 * the province the whole province), newest first, a page at a time after a cursor: no OFFSET and no count, so the
 * thousandth page costs what the first does (V118's indexes). The page and the JSON API both come through here.
 */
@Component
public class CaseList {

    /** A village filter names at most this many households (a village holds a few hundred). */
    static final int VILLAGE_HOUSEHOLDS = 20_000;

    private final JdbcTemplate jdbc;
    private final Permissions permissions;
    private final HouseholdManagement households;
    private final Geography geography;
    private final ApplicationEventPublisher events;

    CaseList(JdbcTemplate jdbc, Permissions permissions, HouseholdManagement households, Geography geography,
             ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.households = households;
        this.geography = geography;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public CaseListPage page(CaseActor actor, CaseListFilter filter) {
        permissions.require(Act.LIST_CASES, actor.role(), "case", null);
        if (filter.commune() != null && !actor.covers(filter.commune(),
                geography.commune(filter.commune()).map(vn.ansinh.geography.AdminUnit::parentCode).orElse(null))) {
            events.publishEvent(AuditEvent.refusal("CASE_ACCESS_REFUSED", "commune", filter.commune(),
                    actor.username() + ": case list outside jurisdiction"));
            throw new NotFoundException("commune " + filter.commune());
        }
        Long[] householdIds = null;
        if (filter.village() != null) {
            List<Long> ids = households.idsInVillage(filter.village(), filter.commune(), actor.jurisdiction(),
                    VILLAGE_HOUSEHOLDS);
            if (ids.isEmpty()) {
                return new CaseListPage(List.of(), null);
            }
            householdIds = ids.toArray(Long[]::new);
        }
        List<Object[]> found = query(actor, filter, householdIds);
        boolean more = found.size() > filter.size();
        List<Object[]> shown = more ? found.subList(0, filter.size()) : found;
        Map<Long, HouseholdLabel> labels = households.labelsOf(shown.stream().map(r -> (Long) r[1]).toList(),
                actor.jurisdiction());
        Map<Long, String> members = households.memberNamesOf(shown.stream().map(r -> (Long) r[10])
                .filter(java.util.Objects::nonNull).toList(), actor.jurisdiction());
        List<CaseListRow> rows = shown.stream().map(r -> row(r, labels.get((Long) r[1]),
                r[10] == null ? null : members.get((Long) r[10]))).toList();
        Object[] last = more ? shown.get(shown.size() - 1) : null;
        return new CaseListPage(rows, last == null ? null : CaseListFilter.Cursor.after((Instant) last[5], (Long) last[0]));
    }

    /** [id, household id, program, status, opened at, opened at, approval due, posting ends, overdue, decided on, member id, reference]. */
    private List<Object[]> query(CaseActor actor, CaseListFilter filter, Long[] householdIds) {
        StringBuilder sql = new StringBuilder("select id, household_id, program, status, opened_at, approval_due_on,"
                + " posting_ends_on, overdue, decided_on, member_id, reference from casework_case where ");
        List<Object> args = new ArrayList<>();
        switch (actor.level()) {
            case PROVINCE -> sql.append("true");
            case DISTRICT -> {
                sql.append("district_code = ?");
                args.add(actor.code());
            }
            case COMMUNE -> {
                sql.append("commune_code = ?");
                args.add(actor.code());
            }
        }
        if (filter.commune() != null) {
            sql.append(" and commune_code = ?");
            args.add(filter.commune());
        }
        if (filter.status() != null) {
            sql.append(" and status = ?");
            args.add(filter.status().name());
        }
        if (filter.step() != null) {
            sql.append(" and status = ?");
            args.add(filter.step().status().name());
        }
        if (filter.program() != null) {
            sql.append(" and program = ?");
            args.add(filter.program().name());
        }
        if (filter.overdue()) {
            sql.append(" and overdue");
        }
        if (householdIds != null) {
            sql.append(" and household_id = any(?)");
            args.add(householdIds);
        }
        if (filter.after() != null) {
            sql.append(" and (opened_at, id) < (?, ?)");
            args.add(Timestamp.from(filter.after().openedAt()));
            args.add(filter.after().id());
        }
        sql.append(" order by opened_at desc, id desc limit ?");
        args.add(filter.size() + 1);
        return jdbc.query((Connection con) -> {
            PreparedStatement ps = con.prepareStatement(sql.toString());
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (arg instanceof Long[] ids) {
                    Array array = con.createArrayOf("bigint", ids);
                    ps.setArray(i + 1, array);
                } else {
                    ps.setObject(i + 1, arg);
                }
            }
            return ps;
        }, (rs, n) -> new Object[]{rs.getLong("id"), rs.getLong("household_id"), rs.getString("program"),
                rs.getString("status"), null, rs.getTimestamp("opened_at").toInstant(),
                rs.getObject("approval_due_on", LocalDate.class), rs.getObject("posting_ends_on", LocalDate.class),
                rs.getBoolean("overdue"), rs.getObject("decided_on", LocalDate.class), rs.getObject("member_id", Long.class),
                rs.getString("reference")});
    }

    private static CaseListRow row(Object[] r, HouseholdLabel household, String memberName) {
        long id = (Long) r[0];
        CaseStatus status = CaseStatus.valueOf((String) r[3]);
        Instant openedAt = (Instant) r[5];
        LocalDate openedOn = openedAt.atZone(Formats.PROVINCE).toLocalDate();
        LocalDate decidedOn = (LocalDate) r[9];
        LocalDate due = status == CaseStatus.APPROVAL ? (LocalDate) r[6]
                : status == CaseStatus.POSTING ? (LocalDate) r[7] : null;
        return new CaseListRow(id, (String) r[11], (Long) r[1],
                household == null ? null : household.code(), household == null ? null : household.headName(),
                household == null ? null : household.village(), household == null ? null : household.communeCode(),
                Program.valueOf((String) r[2]), status, CaseStep.of(status).orElse(null), openedOn, due,
                (Boolean) r[8], decidedOn, memberName);
    }

}
