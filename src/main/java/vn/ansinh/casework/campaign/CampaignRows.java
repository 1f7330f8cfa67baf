package vn.ansinh.casework.campaign;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.ansinh.common.access.Jurisdiction;

/** The rows of annual review campaigns (V120): the campaign, its list of households, its chunks. */
@Repository
class CampaignRows {

    /** A campaign as opened, planned or not yet, closed or not. */
    record Campaign(long id, int year, LocalDate startsOn, LocalDate endsOn, String status, String openedBy,
                    Instant openedAt, int chunkSize, Integer households, Integer chunks, Instant plannedAt,
                    String closedBy, Instant closedAt, Integer leftOpen, Integer fixed) {

        boolean closed() {
            return "CLOSED".equals(status);
        }
    }

    /** A planned chunk: the campaign's households with {@code afterId < id <= upToId}. */
    record Chunk(long campaignId, int seq, long afterId, long upToId, Instant doneAt) {
    }

    /** One household of the campaign's list still without its case. */
    record Pending(long householdId, String communeCode, String districtCode) {
    }

    /** Counts of one commune's households and their cases by where the case stands. */
    record CommuneCounts(String communeCode, String districtCode, long households, long opened, long assessment,
                         long meeting, long posted, long approval, long decided) {
    }

    private final JdbcTemplate jdbc;

    CampaignRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int year, LocalDate startsOn, LocalDate endsOn, String by, int chunkSize) {
        return jdbc.queryForObject("insert into review_campaign (year, starts_on, ends_on, status, opened_by, chunk_size)"
                + " values (?, ?, ?, 'OPEN', ?, ?) returning id", Long.class, year, Date.valueOf(startsOn),
                Date.valueOf(endsOn), by, chunkSize);
    }

    Optional<Campaign> find(long id) {
        return jdbc.query("select * from review_campaign where id = ?", this::campaign, id).stream().findFirst();
    }

    Optional<Campaign> lock(long id) {
        return jdbc.query("select * from review_campaign where id = ? for update", this::campaign, id).stream().findFirst();
    }

    Optional<Campaign> ofYear(int year) {
        return jdbc.query("select * from review_campaign where year = ?", this::campaign, year).stream().findFirst();
    }

    Optional<Campaign> open() {
        return jdbc.query("select * from review_campaign where status = 'OPEN'", this::campaign).stream().findFirst();
    }

    List<Campaign> recent(int limit) {
        return jdbc.query("select * from review_campaign order by year desc limit ?", this::campaign, limit);
    }

    /** The list's rows, once ({@code on conflict do nothing}: a household is on one campaign's list once). */
    int insertHouseholds(long campaign, List<Object[]> rows) {
        int n = 0;
        for (int u : jdbc.batchUpdate("insert into review_campaign_household (campaign_id, household_id, commune_code,"
                + " district_code, origin) values (" + campaign + ", ?, ?, ?, ?) on conflict do nothing", rows)) {
            n += Math.max(u, 0);
        }
        return n;
    }

    /** A household joins the open campaign's list with the case opened for its flag (once). */
    void joinList(long campaign, long household, String commune, String district, long caseId) {
        jdbc.update("insert into review_campaign_household (campaign_id, household_id, commune_code, district_code,"
                + " origin, case_id) values (?, ?, ?, ?, 'FLAG', ?) on conflict do nothing", campaign, household, commune,
                district, caseId);
    }

    List<Long> householdIds(long campaign) {
        return jdbc.queryForList("select household_id from review_campaign_household where campaign_id = ? order by household_id",
                Long.class, campaign);
    }

    void planned(long id, int households, int chunks) {
        jdbc.update("update review_campaign set households = ?, chunks = ?, planned_at = now() where id = ?",
                households, chunks, id);
    }

    void insertChunks(long campaign, List<Object[]> rows) {
        jdbc.batchUpdate("insert into review_campaign_chunk (campaign_id, seq, after_id, up_to_id, planned_households,"
                + " process_instance_id) values (" + campaign + ", ?, ?, ?, ?, ?)", rows);
    }

    /** The chunk row locked for the transaction that runs it: a second run waits, then sees it done. */
    Optional<Chunk> lockChunk(long campaign, int seq) {
        return jdbc.query("select * from review_campaign_chunk where campaign_id = ? and seq = ? for update",
                (rs, n) -> new Chunk(campaign, seq, rs.getLong("after_id"), rs.getLong("up_to_id"),
                        instant(rs.getTimestamp("done_at"))), campaign, seq).stream().findFirst();
    }

    /** The chunk's households still without a case, locked. */
    List<Pending> pendingIn(long campaign, long afterId, long upToId) {
        return jdbc.query("select household_id, commune_code, district_code from review_campaign_household"
                        + " where campaign_id = ? and household_id > ? and household_id <= ? and case_id is null"
                        + " order by household_id for update",
                (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)), campaign, afterId, upToId);
    }

    void attachCases(long campaign, List<Object[]> householdCaseTakenUp) {
        jdbc.batchUpdate("update review_campaign_household set case_id = ?, taken_up = ? where campaign_id = " + campaign
                + " and household_id = ?", householdCaseTakenUp);
    }

    void chunkDone(long campaign, int seq, int opened, int takenUp, String node, long millis) {
        jdbc.update("update review_campaign_chunk set opened = ?, taken_up = ?, node = ?, millis = ?, done_at = now()"
                + " where campaign_id = ? and seq = ?", opened, takenUp, node, (int) Math.min(Integer.MAX_VALUE, millis),
                campaign, seq);
    }

    int chunksDone(long campaign) {
        return jdbc.queryForObject("select count(done_at) from review_campaign_chunk where campaign_id = ?", Integer.class,
                campaign);
    }

    /** Each household's open poverty case (household program: no member), among these households. */
    java.util.Map<Long, Long> openPovertyCases(Collection<Long> households) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (households.isEmpty()) {
            return out;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("select household_id, id from casework_case where household_id = any(?)"
                    + " and program = 'POVERTY_RECOGNITION' and member_id is null"
                    + " and status not in ('APPROVED', 'REJECTED', 'CLOSED')");
            ps.setArray(1, con.createArrayOf("bigint", households.toArray(Long[]::new)));
            return ps;
        }, rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        });
        return out;
    }

    /** The households with an open poverty case (a pending request, POLICY.md §3.3 step 1b) and where they live. */
    List<Pending> openPovertyRequests() {
        return jdbc.query("select distinct on (household_id) household_id, commune_code, district_code from casework_case"
                + " where program = 'POVERTY_RECOGNITION' and member_id is null and status not in ('APPROVED', 'REJECTED', 'CLOSED')"
                + " order by household_id, id", (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** Per commune within {@code area}: the campaign's households, their cases opened and where the cases stand. */
    List<CommuneCounts> countsByCommune(long campaign, Jurisdiction area) {
        String within = switch (area.level()) {
            case PROVINCE -> "";
            case DISTRICT -> " and h.district_code = ?";
            case COMMUNE -> " and h.commune_code = ?";
        };
        List<Object> args = new ArrayList<>(List.of(campaign));
        if (area.level() != Jurisdiction.Level.PROVINCE) {
            args.add(area.code());
        }
        return jdbc.query("""
                select h.commune_code, min(h.district_code), count(*), count(h.case_id),
                  count(*) filter (where c.status in ('ASSESSMENT', 'NOT_ELIGIBLE')),
                  count(*) filter (where c.status = 'VILLAGE_MEETING'),
                  count(*) filter (where c.status in ('POSTING', 'RE_VERIFICATION')),
                  count(*) filter (where c.status = 'APPROVAL'),
                  count(*) filter (where c.status in ('APPROVED', 'REJECTED', 'CLOSED'))
                from review_campaign_household h left join casework_case c on c.id = h.case_id
                where h.campaign_id = ?""" + within + " group by h.commune_code order by h.commune_code",
                (rs, n) -> new CommuneCounts(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)), args.toArray());
    }

    /** The campaign's cases still open (province-wide). */
    long openCases(long campaign) {
        return jdbc.queryForObject("select count(*) from review_campaign_household h join casework_case c on c.id = h.case_id"
                + " where h.campaign_id = ? and c.status not in ('APPROVED', 'REJECTED', 'CLOSED')", Long.class, campaign);
    }

    void closed(long id, String by, long leftOpen, int fixed) {
        jdbc.update("update review_campaign set status = 'CLOSED', closed_by = ?, closed_at = now(), left_open = ?, fixed = ?"
                + " where id = ?", by, leftOpen, fixed, id);
    }

    boolean deadLettered(long campaign) {
        Integer n = jdbc.queryForObject("""
                select count(*) from act_ru_deadletter_job d join act_ru_execution e on e.id_ = d.process_instance_id_
                where e.business_key_ = ?""", Integer.class, CampaignSteps.businessKey(campaign));
        return n != null && n > 0;
    }

    private Campaign campaign(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getInt("year"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("status"), rs.getString("opened_by"),
                instant(rs.getTimestamp("opened_at")), rs.getInt("chunk_size"), (Integer) rs.getObject("households"),
                (Integer) rs.getObject("chunks"), instant(rs.getTimestamp("planned_at")), rs.getString("closed_by"),
                instant(rs.getTimestamp("closed_at")), (Integer) rs.getObject("left_open"), (Integer) rs.getObject("fixed"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
