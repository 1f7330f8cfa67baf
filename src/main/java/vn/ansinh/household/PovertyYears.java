package vn.ansinh.household;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Jurisdiction;

/**
 * The door to each year's official poverty status of households ({@code household_year_status}). A year without a
 * row carries the household's last status forward; a household with no row counts as not poor from the year it was
 * registered. Casework writes through {@link HouseholdManagement#recognise}; the annual review writes at its close.
 */
@Service
public class PovertyYears {

    public static final String CASE_DECISION = "CASE_DECISION";
    public static final String ANNUAL_REVIEW = "ANNUAL_REVIEW";

    /** Each household's status at the end of year {@code ?} (and of the year before), carried forward. */
    private static final String STATUS = """
            with st as (
              select household_id,
                (array_agg(poverty_status order by year desc, decided_on desc nulls last))[1] as status_end,
                (array_agg(poverty_status order by year desc, decided_on desc nulls last) filter (where year < ?))[1] as status_start,
                (array_agg(commune_code order by year desc, decided_on desc nulls last))[1] as commune_code,
                (array_agg(district_code order by year desc, decided_on desc nulls last))[1] as district_code,
                (array_agg(area_type order by year desc, decided_on desc nulls last))[1] as area_type,
                bool_or(poverty_status = 'POOR' and year < ?) as poor_before,
                bool_or(poverty_status = 'NEAR_POOR' and year < ?) as near_poor_before
              from household_year_status where year <= ? group by household_id
            )""";

    private static final String FACTS = STATUS + """
            , recipient as (select distinct unnest(?::bigint[]) as id),
            mem as (
              select m.household_id, count(*) as members,
                count(*) filter (where m.merit_categories <> '') as merit,
                count(r.id) as recipients,
                count(r.id) filter (where m.birth_date <= ?) as elderly_recipients,
                count(*) filter (where m.merit_categories <> '' or m.birth_date > ? or m.has_pension
                                 or m.has_monthly_social_insurance or r.id is not null) as insured
              from household_member m left join recipient r on r.id = m.id
              where m.birth_date <= ? and (m.deceased_on is null or m.deceased_on > ?)
              group by m.household_id
            ), hh as (
              select h.id, h.code, h.head_name, coalesce(st.commune_code, h.commune_code) as commune_code,
                coalesce(st.district_code, h.district_code) as district_code, coalesce(st.area_type, h.area) as area_type,
                coalesce(st.status_end, 'NONE') as status_end, coalesce(st.status_start, 'NONE') as status_start,
                coalesce(st.poor_before, false) as poor_before, coalesce(st.near_poor_before, false) as near_poor_before
              from household h left join st on st.household_id = h.id
              where st.household_id is not null or h.created_at < ?
            )
            select hh.*, coalesce(mem.members, 0) as members, coalesce(mem.merit, 0) as merit,
              coalesce(mem.recipients, 0) as recipients, coalesce(mem.elderly_recipients, 0) as elderly_recipients,
              coalesce(mem.insured, 0) as insured
            from hh left join mem on mem.household_id = hh.id
            """;

    private static final String MEMBERS = STATUS + """
            , hh as (
              select h.id, coalesce(st.commune_code, h.commune_code) as commune_code,
                coalesce(st.district_code, h.district_code) as district_code, coalesce(st.area_type, h.area) as area_type,
                coalesce(st.status_end, 'NONE') as status_end
              from household h left join st on st.household_id = h.id
              where st.household_id is not null or h.created_at < ?
            )
            select m.id, hh.commune_code, hh.district_code, hh.area_type, hh.status_end, m.birth_date, m.sex,
              m.merit_categories <> '' as merit, m.disability
            from hh join household_member m on m.household_id = hh.id
            where m.birth_date <= ? and (m.deceased_on is null or m.deceased_on > ?)
            """;

    private final JdbcTemplate jdbc;

    PovertyYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a household's official status for a year (one row per household and year; the later act wins). */
    @Transactional
    public void record(long householdId, int year, PovertyStatus status, String standard, LocalDate decidedOn,
                       String source) {
        jdbc.update("""
                insert into household_year_status(household_id, year, poverty_status, standard, commune_code,
                    district_code, area_type, decided_on, source)
                select id, ?, ?, ?, commune_code, district_code, area, ?, ? from household where id = ?
                on conflict (household_id, year) do update set poverty_status = excluded.poverty_status,
                    standard = excluded.standard, commune_code = excluded.commune_code,
                    district_code = excluded.district_code, area_type = excluded.area_type,
                    decided_on = excluded.decided_on, source = excluded.source, recorded_at = now()
                """, year, status.name(), standard, decidedOn == null ? null : Date.valueOf(decidedOn), source, householdId);
    }

    /** A household's status now: its latest recorded year (the later decision within a year), else the register's. */
    private static final String CURRENT = """
            coalesce((select y.poverty_status from household_year_status y where y.household_id = h.id and y.year <= ?
                      order by y.year desc, y.decided_on desc nulls last limit 1), h.official_poverty_status, 'NONE')""";

    /**
     * Every household on a poor or near-poor list as of {@code year} — its status carried forward from the latest
     * year recorded up to then, else the register's — by id: the first part of the annual review's list (POLICY.md
     * §3.3 step 1a). One pass over the register with an index probe per household.
     */
    @Transactional(readOnly = true)
    public List<HouseholdArea> onPovertyLists(int year) {
        return jdbc.query("select h.id, h.commune_code, h.district_code from household h where " + CURRENT
                + " in ('POOR', 'NEAR_POOR') order by h.id",
                (rs, n) -> new HouseholdArea(rs.getLong(1), rs.getString(2), rs.getString(3)), year);
    }

    /**
     * Fixes the official list of {@code year} for these households (the annual review's close): each one's status now
     * (carried forward to {@code year}, so a case decided during the year counts) is written as its status of that
     * year ({@code ANNUAL_REVIEW}, decided on {@code decidedOn}). One statement; returns the rows written.
     */
    @Transactional
    public int fixYear(int year, Collection<Long> householdIds, LocalDate decidedOn) {
        if (householdIds.isEmpty()) {
            return 0;
        }
        return jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into household_year_status(household_id, year, poverty_status, standard, commune_code,
                        district_code, area_type, decided_on, source)
                    select h.id, ?, """ + CURRENT + """
                    , null, h.commune_code, h.district_code, h.area, ?, ?
                    from household h where h.id = any(?)
                    on conflict (household_id, year) do update set poverty_status = excluded.poverty_status,
                        standard = excluded.standard, commune_code = excluded.commune_code,
                        district_code = excluded.district_code, area_type = excluded.area_type,
                        decided_on = excluded.decided_on, source = excluded.source, recorded_at = now()
                    """);
            ps.setInt(1, year);
            ps.setInt(2, year);
            ps.setDate(3, Date.valueOf(decidedOn));
            ps.setString(4, ANNUAL_REVIEW);
            ps.setArray(5, con.createArrayOf("bigint", householdIds.toArray(Long[]::new)));
            return ps;
        });
    }

    /** Every living member at the end of {@code year} of the households the register knew then, within {@code scope}. */
    @Transactional(readOnly = true)
    public List<MemberYearFact> members(int year, Jurisdiction scope) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return jdbc.query(con -> {
            var ps = con.prepareStatement(MEMBERS + within(scope, " and "));
            ps.setInt(1, year);
            ps.setInt(2, year);
            ps.setInt(3, year);
            ps.setInt(4, year);
            ps.setDate(5, Date.valueOf(end.plusDays(1)));
            ps.setDate(6, Date.valueOf(end));
            ps.setDate(7, Date.valueOf(end));
            bindScope(ps, 8, scope);
            ps.setFetchSize(10_000);
            return ps;
        }, (rs, n) -> new MemberYearFact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                PovertyStatus.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(), Sex.valueOf(rs.getString(7)),
                rs.getBoolean(8), Disability.valueOf(rs.getString(9))));
    }

    /**
     * Every household the register knew at the end of {@code year} within {@code scope}, with its status then.
     *
     * @param allowanceRecipients members receiving a monthly social allowance at the end of the year (payment)
     * @param elderlyAge          the age from which a member counts as elderly
     */
    @Transactional(readOnly = true)
    public List<HouseholdYearFact> facts(int year, Jurisdiction scope, Collection<Long> allowanceRecipients,
                                         int elderlyAge, int insuredChildAge) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return jdbc.query(con -> {
            var ps = con.prepareStatement(FACTS + within(scope, " where "));
            Array ids = con.createArrayOf("bigint", allowanceRecipients.toArray());
            ps.setInt(1, year);
            ps.setInt(2, year);
            ps.setInt(3, year);
            ps.setInt(4, year);
            ps.setArray(5, ids);
            ps.setDate(6, Date.valueOf(end.minusYears(elderlyAge)));
            ps.setDate(7, Date.valueOf(end.minusYears(insuredChildAge)));
            ps.setDate(8, Date.valueOf(end));
            ps.setDate(9, Date.valueOf(end));
            ps.setDate(10, Date.valueOf(end.plusDays(1)));
            bindScope(ps, 11, scope);
            ps.setFetchSize(5000);
            return ps;
        }, (rs, n) -> new HouseholdYearFact(rs.getLong("id"), rs.getString("code"),
                rs.getString("head_name"), rs.getString("commune_code"),
                rs.getString("district_code"), rs.getString("area_type"),
                PovertyStatus.valueOf(rs.getString("status_end")), PovertyStatus.valueOf(rs.getString("status_start")),
                rs.getBoolean("poor_before"), rs.getBoolean("near_poor_before"), rs.getInt("members"),
                rs.getInt("merit"), rs.getInt("recipients"), rs.getInt("elderly_recipients"), rs.getInt("insured")));
    }

    private static String within(Jurisdiction scope, String keyword) {
        return switch (scope.level()) {
            case PROVINCE -> "";
            case DISTRICT -> keyword + "hh.district_code = ?";
            case COMMUNE -> keyword + "hh.commune_code = ?";
        };
    }

    private static void bindScope(java.sql.PreparedStatement ps, int index, Jurisdiction scope) throws java.sql.SQLException {
        if (scope.level() != Jurisdiction.Level.PROVINCE) {
            ps.setString(index, scope.code());
        }
    }
}
