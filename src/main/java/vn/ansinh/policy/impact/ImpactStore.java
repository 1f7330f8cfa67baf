package vn.ansinh.policy.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.policy.ImpactChange;

/** The impact runs' rows in PostgreSQL: the run, its chunks done, its changes and its counts. */
@Component
public class ImpactStore {

    private static final TypeReference<List<ImpactChange.Flip>> FLIPS = new TypeReference<>() { };
    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ImpactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A run as stored. */
    public record Run(UUID id, long draftId, long baseId, String baseLabel, String draftLabel, LocalDate asOf,
                      String status, String startedBy, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                      String processInstanceId, int chunkSize, int totalHouseholds, int processedHouseholds,
                      int skippedHouseholds, String failure) {
    }

    /** One changed decision to write, with its household's register data. */
    public record ChangeRow(long householdId, String householdCode, String communeCode, String districtCode,
                            ImpactDiff.Compared compared) {
    }

    /** What the list of changes is filtered by (null: any). */
    public record Filter(String communeCode, String districtCode, String program, String householdCode) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    public void create(Run r) {
        jdbc.update("""
                insert into policy_impact_run (id, draft_id, base_id, base_label, draft_label, as_of, status, started_by,
                    chunk_size, total_households) values (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)""",
                r.id(), r.draftId(), r.baseId(), r.baseLabel(), r.draftLabel(), r.asOf(), r.startedBy(), r.chunkSize(),
                r.totalHouseholds());
    }

    /** Pins the files of a version as they are now for one side of a run ('B' the version in force, 'D' the draft). */
    public void pin(UUID run, char side, long versionId) {
        jdbc.update("""
                insert into policy_impact_run_file (run_id, side, path, sha256)
                select ?, ?, path, sha256 from policy_version_file where version_id = ?""", run, String.valueOf(side), versionId);
    }

    /** The pinned files' contents of one side of a run, by path. */
    public java.util.SortedMap<String, byte[]> pinned(UUID run, char side) {
        java.util.SortedMap<String, byte[]> out = new java.util.TreeMap<>();
        jdbc.query("select f.path, b.content from policy_impact_run_file f join policy_blob b on b.sha256 = f.sha256"
                + " where f.run_id = ? and f.side = ?", rs -> {
                    out.put(rs.getString(1), rs.getBytes(2));
                }, run, String.valueOf(side));
        return out;
    }

    public void processStarted(UUID run, String processInstanceId) {
        jdbc.update("update policy_impact_run set process_instance_id = ? where id = ?", processInstanceId, run);
    }

    public Optional<Run> find(UUID id) {
        return jdbc.query("select * from policy_impact_run where id = ?", this::run, id).stream().findFirst();
    }

    /** The newest runs, newest first. */
    public List<Run> recent(int limit) {
        return jdbc.query("select * from policy_impact_run order by started_at desc limit ?", this::run, limit);
    }

    /** The newest run of a draft. */
    public Optional<Run> latestOf(long draftId) {
        return jdbc.query("select * from policy_impact_run where draft_id = ? order by started_at desc limit 1",
                this::run, draftId).stream().findFirst();
    }

    /** The last household id of a chunk already done (a job run again after a restart), if it is. */
    public Optional<Long> chunkDone(UUID run, int chunk) {
        return jdbc.queryForList("select last_id from policy_impact_chunk where run_id = ? and chunk = ?", Long.class,
                run, chunk).stream().findFirst();
    }

    /**
     * Writes a chunk: its row (the primary key refuses a second copy), its changes, its counts added to the run's,
     * the run's progress. The caller's transaction (the async job's) holds it all.
     */
    public void writeChunk(UUID run, int chunk, long afterId, long lastId, int households, int skipped,
                           List<ChangeRow> changes, ImpactTally tally) {
        jdbc.update("insert into policy_impact_chunk (run_id, chunk, after_id, last_id, households) values (?, ?, ?, ?, ?)",
                run, chunk, afterId, lastId, households);
        copyChanges(run, changes);
        // the counts in two statements (arrays unnested), not a statement per commune and program: a chunk of the
        // province touches every commune
        int n = tally.areas.size();
        String[] communes = new String[n];
        String[] districts = new String[n];
        String[] programs = new String[n];
        Integer[][] ints = new Integer[8][n];
        Long[][] longs = new Long[2][n];
        int i = 0;
        for (ImpactTally.Area a : tally.areas.values()) {
            communes[i] = a.communeCode;
            districts[i] = a.districtCode;
            programs[i] = a.program;
            ints[0][i] = a.households;
            ints[1][i] = a.householdsChanged;
            ints[2][i] = a.peopleChanged;
            for (int b = 0; b < 5; b++) {
                ints[3 + b][i] = a.bands[b];
            }
            longs[0][i] = a.monthlyBefore;
            longs[1][i] = a.monthlyAfter;
            i++;
        }
        if (n > 0) {
            jdbc.execute((java.sql.Connection con) -> {
                try (var ps = con.prepareStatement("""
                        insert into policy_impact_area as t (run_id, commune_code, district_code, program, households,
                            households_changed, people_changed, monthly_before, monthly_after, much_down, down, unchanged, up,
                            much_up)
                        select ?, * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::int[], ?::int[],
                            ?::bigint[], ?::bigint[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[])
                        on conflict (run_id, commune_code, program) do update set households = t.households + excluded.households,
                            households_changed = t.households_changed + excluded.households_changed,
                            people_changed = t.people_changed + excluded.people_changed,
                            monthly_before = t.monthly_before + excluded.monthly_before,
                            monthly_after = t.monthly_after + excluded.monthly_after,
                            much_down = t.much_down + excluded.much_down, down = t.down + excluded.down,
                            unchanged = t.unchanged + excluded.unchanged, up = t.up + excluded.up,
                            much_up = t.much_up + excluded.much_up""")) {
                    ps.setObject(1, run);
                    ps.setArray(2, con.createArrayOf("varchar", communes));
                    ps.setArray(3, con.createArrayOf("varchar", districts));
                    ps.setArray(4, con.createArrayOf("varchar", programs));
                    ps.setArray(5, con.createArrayOf("int4", ints[0]));
                    ps.setArray(6, con.createArrayOf("int4", ints[1]));
                    ps.setArray(7, con.createArrayOf("int4", ints[2]));
                    ps.setArray(8, con.createArrayOf("int8", longs[0]));
                    ps.setArray(9, con.createArrayOf("int8", longs[1]));
                    for (int b = 0; b < 5; b++) {
                        ps.setArray(10 + b, con.createArrayOf("int4", ints[3 + b]));
                    }
                    return ps.executeUpdate();
                }
            });
        }
        int m = tally.transitions.size();
        String[] tCommunes = new String[m];
        String[] tPrograms = new String[m];
        String[] tBefore = new String[m];
        String[] tAfter = new String[m];
        Integer[] tSubjects = new Integer[m];
        int[] j = {0};
        tally.transitions.forEach((k, count) -> {
            tCommunes[j[0]] = k.communeCode();
            tPrograms[j[0]] = k.program();
            tBefore[j[0]] = k.before();
            tAfter[j[0]] = k.after();
            tSubjects[j[0]] = count[0];
            j[0]++;
        });
        if (m > 0) {
            jdbc.execute((java.sql.Connection con) -> {
                try (var ps = con.prepareStatement("""
                        insert into policy_impact_transition as t (run_id, commune_code, program, before_outcome,
                            after_outcome, subjects)
                        select ?, * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[])
                        on conflict (run_id, commune_code, program, before_outcome, after_outcome)
                            do update set subjects = t.subjects + excluded.subjects""")) {
                    ps.setObject(1, run);
                    ps.setArray(2, con.createArrayOf("varchar", tCommunes));
                    ps.setArray(3, con.createArrayOf("varchar", tPrograms));
                    ps.setArray(4, con.createArrayOf("varchar", tBefore));
                    ps.setArray(5, con.createArrayOf("varchar", tAfter));
                    ps.setArray(6, con.createArrayOf("int4", tSubjects));
                    return ps.executeUpdate();
                }
            });
        }
        jdbc.update("""
                update policy_impact_run set processed_households = processed_households + ?,
                    skipped_households = skipped_households + ? where id = ?""", households, skipped, run);
    }

    /** Writes some of a chunk's changes ahead of {@link #writeChunk} (the same transaction holds them). */
    public void writeChanges(UUID run, List<ChangeRow> changes) {
        copyChanges(run, changes);
    }

    /** Takes back the changes written of households after {@code afterId} up to {@code upToId} (a chunk that stopped). */
    public void forgetChanges(UUID run, long afterId, long upToId) {
        jdbc.update("delete from policy_impact_change where run_id = ? and household_id > ? and household_id <= ?", run,
                afterId, upToId);
    }

    /**
     * The changes by COPY on the transaction's own connection (a chunk of a province run can hold tens of thousands):
     * they commit or roll back with the chunk's other rows.
     */
    private void copyChanges(UUID run, List<ChangeRow> changes) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(changes.size() * 200);
        for (ChangeRow c : changes) {
            ImpactDiff.Compared d = c.compared();
            csv.append(run).append(',').append(c.householdId()).append(',').append(ImpactDiff.PROGRAMS.indexOf(d.program()))
                    .append(',').append(d.memberId() == null ? 0L : d.memberId()).append(',').append(d.program()).append(',');
            quoted(csv, c.householdCode()).append(',');
            quoted(csv, c.communeCode()).append(',');
            quoted(csv, c.districtCode()).append(',');
            quoted(csv, d.before().outcome()).append(',').append(d.before().monthlyAmount()).append(',')
                    .append(d.before().oneOffAmount()).append(',');
            quoted(csv, d.after().outcome()).append(',').append(d.after().monthlyAmount()).append(',')
                    .append(d.after().oneOffAmount()).append(',');
            quoted(csv, json.writeValueAsString(d.flipped())).append('\n');
        }
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("""
                    copy policy_impact_change (run_id, household_id, program_rank, member_id, program, household_code,
                        commune_code, district_code, before_outcome, before_monthly, before_one_off, after_outcome,
                        after_monthly, after_one_off, flipped) from stdin with (format csv)""",
                    new java.io.StringReader(csv.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("impact changes not written: " + e.getMessage(), e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
        }
    }

    private static StringBuilder quoted(StringBuilder out, String value) {
        return out.append('"').append(value == null ? "" : value.replace("\"", "\"\"")).append('"');
    }

    public void finished(UUID run) {
        jdbc.update("update policy_impact_run set status = 'DONE', finished_at = now() where id = ? and status = 'RUNNING'", run);
    }

    public void failed(UUID run, String failure) {
        String text = failure == null ? "" : failure.length() > 500 ? failure.substring(0, 500) : failure;
        jdbc.update("update policy_impact_run set status = 'FAILED', finished_at = now(), failure = ? where id = ? and status = 'RUNNING'",
                text, run);
    }

    /** The changes of a run in household order, a page of them, filtered. */
    public List<ImpactChange> changes(UUID run, Filter f, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(run, f, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from policy_impact_change " + where
                + " order by household_id, program_rank, member_id limit ? offset ?", this::change, args.toArray());
    }

    public long countChanges(UUID run, Filter f) {
        List<Object> args = new ArrayList<>();
        String where = where(run, f, args);
        return jdbc.queryForObject("select count(*) from policy_impact_change " + where, Long.class, args.toArray());
    }

    /** Every change of a run (the export), streamed in household order. */
    public void eachChange(UUID run, Filter f, java.util.function.Consumer<ImpactChange> each) {
        List<Object> args = new ArrayList<>();
        String where = where(run, f, args);
        jdbc.query(con -> {
            var ps = con.prepareStatement("select * from policy_impact_change " + where
                    + " order by household_id, program_rank, member_id");
            ps.setFetchSize(1000);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }, rs -> {
            each.accept(change(rs, 0));
        });
    }

    private static String where(UUID run, Filter f, List<Object> args) {
        StringBuilder sql = new StringBuilder("where run_id = ?");
        args.add(run);
        if (f.communeCode() != null) {
            sql.append(" and commune_code = ?");
            args.add(f.communeCode());
        }
        if (f.districtCode() != null) {
            sql.append(" and district_code = ?");
            args.add(f.districtCode());
        }
        if (f.program() != null) {
            sql.append(" and program = ?");
            args.add(f.program());
        }
        if (f.householdCode() != null) {
            sql.append(" and household_code = ?");
            args.add(f.householdCode());
        }
        return sql.toString();
    }

    /** One row of counts per commune and program, within a commune or district when given. */
    public record AreaRow(String communeCode, String districtCode, String program, int households,
                          int householdsChanged, int peopleChanged, long monthlyBefore, long monthlyAfter,
                          int[] bands) {
    }

    public List<AreaRow> areas(UUID run, String communeCode, String districtCode) {
        List<Object> args = new ArrayList<>(List.of(run));
        String sql = "select * from policy_impact_area where run_id = ?";
        if (communeCode != null) {
            sql += " and commune_code = ?";
            args.add(communeCode);
        }
        if (districtCode != null) {
            sql += " and district_code = ?";
            args.add(districtCode);
        }
        return jdbc.query(sql + " order by district_code, commune_code, program", (rs, n) -> new AreaRow(
                rs.getString("commune_code"), rs.getString("district_code"), rs.getString("program"),
                rs.getInt("households"), rs.getInt("households_changed"), rs.getInt("people_changed"),
                rs.getLong("monthly_before"), rs.getLong("monthly_after"), new int[] {rs.getInt("much_down"),
                        rs.getInt("down"), rs.getInt("unchanged"), rs.getInt("up"), rs.getInt("much_up")}), args.toArray());
    }

    /** Decisions per program and transition (outcome before → after, changed ones only), within a commune when given. */
    public List<Map<String, Object>> transitions(UUID run, java.util.Collection<String> communes) {
        List<Object> args = new ArrayList<>(List.of(run));
        String sql = "select program, before_outcome, after_outcome, sum(subjects) as subjects from policy_impact_transition"
                + " where run_id = ? and before_outcome <> after_outcome";
        if (communes != null) {
            sql += " and commune_code = any (?)";
            args.add(communes.toArray(new String[0]));
        }
        return jdbc.queryForList(sql + " group by program, before_outcome, after_outcome order by program, subjects desc,"
                + " before_outcome, after_outcome", args.toArray());
    }

    private ImpactChange change(ResultSet rs, int n) throws SQLException {
        long member = rs.getLong("member_id");
        return new ImpactChange(rs.getLong("household_id"), rs.getString("household_code"), rs.getString("commune_code"),
                rs.getString("district_code"), member == 0 ? null : member, rs.getString("program"),
                new ImpactChange.Side(rs.getString("before_outcome"), rs.getLong("before_monthly"), rs.getLong("before_one_off")),
                new ImpactChange.Side(rs.getString("after_outcome"), rs.getLong("after_monthly"), rs.getLong("after_one_off")),
                json.readValue(rs.getString("flipped"), FLIPS));
    }

    private Run run(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getObject("id", UUID.class), rs.getLong("draft_id"), rs.getLong("base_id"),
                rs.getString("base_label"), rs.getString("draft_label"), rs.getObject("as_of", LocalDate.class),
                rs.getString("status"), rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("process_instance_id"),
                rs.getInt("chunk_size"), rs.getInt("total_households"), rs.getInt("processed_households"),
                rs.getInt("skipped_households"), rs.getString("failure"));
    }
}
