package vn.ansinh.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The versions, their file lists and the blobs in PostgreSQL. */
@Repository
class VersionStore {

    private static final String COLUMNS = "id, label, status, author, source, created_at, effective_at, based_on, tree_hash,"
            + " change_what, change_why, legal_instrument, submitted_by, approved_by, published_by, returned_note";
    private static final RowMapper<PolicyVersion> VERSION = VersionStore::version;

    private final JdbcTemplate jdbc;

    VersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void putBlob(String sha256, byte[] content) {
        jdbc.update("insert into policy_blob(sha256, content) values (?, ?) on conflict do nothing", sha256, content);
    }

    byte[] blob(String sha256) {
        return jdbc.queryForObject("select content from policy_blob where sha256 = ?", byte[].class, sha256);
    }

    long create(String label, String author, VersionSource source, VersionStatus status, Long basedOn, String treeHash,
                OffsetDateTime effectiveAt) {
        return jdbc.queryForObject("insert into policy_version(label, author, source, status, based_on, tree_hash, effective_at)"
                + " values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class, label, author, source.name(), status.name(),
                basedOn, treeHash, effectiveAt);
    }

    void putFiles(long versionId, Map<String, String> files) {
        jdbc.batchUpdate("insert into policy_version_file(version_id, path, sha256) values (?, ?, ?)",
                files.entrySet().stream().map(e -> new Object[]{versionId, e.getKey(), e.getValue()}).toList());
    }

    /** Replaces (or adds) one file of a draft and its tree hash. */
    void putFile(long versionId, String path, String sha256) {
        jdbc.update("insert into policy_version_file(version_id, path, sha256) values (?, ?, ?)"
                + " on conflict (version_id, path) do update set sha256 = excluded.sha256", versionId, path, sha256);
        rehash(versionId);
    }

    boolean removeFile(long versionId, String path) {
        boolean removed = jdbc.update("delete from policy_version_file where version_id = ? and path = ?", versionId, path) > 0;
        rehash(versionId);
        return removed;
    }

    private void rehash(long versionId) {
        jdbc.update("update policy_version set tree_hash = ? where id = ?", RuleTree.treeHash(files(versionId)), versionId);
    }

    SortedMap<String, String> files(long versionId) {
        SortedMap<String, String> out = new TreeMap<>();
        jdbc.query("select path, sha256 from policy_version_file where version_id = ? order by path",
                rs -> { out.put(rs.getString(1), rs.getString(2)); }, versionId);
        return out;
    }

    /** Every file's content of a version, by path. */
    SortedMap<String, byte[]> contents(long versionId) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        jdbc.query("select f.path, b.content from policy_version_file f join policy_blob b on b.sha256 = f.sha256"
                + " where f.version_id = ?", rs -> { out.put(rs.getString(1), rs.getBytes(2)); }, versionId);
        return out;
    }

    Optional<PolicyVersion> find(long id) {
        return jdbc.query("select " + COLUMNS + " from policy_version where id = ?", VERSION, id).stream().findFirst();
    }

    /** Locks the version's row for a status change (a concurrent submit/approve/publish waits, then sees the new state). */
    PolicyVersion lock(long id) {
        return jdbc.query("select " + COLUMNS + " from policy_version where id = ? for update", VERSION, id).stream()
                .findFirst().orElseThrow(() -> new vn.ansinh.common.NotFoundException("policy_version " + id));
    }

    /** In force first, then scheduled, awaiting, drafts, newest first within each. */
    List<PolicyVersion> all() {
        return jdbc.query("select " + COLUMNS + " from policy_version order by case status when 'IN_FORCE' then 0"
                + " when 'SCHEDULED' then 1 when 'APPROVED' then 2 when 'AWAITING_APPROVAL' then 3 when 'DRAFT' then 4 else 5 end,"
                + " coalesce(effective_at, created_at) desc, id desc", VERSION);
    }

    Optional<PolicyVersion> inForce() {
        return jdbc.query("select " + COLUMNS + " from policy_version where status = 'IN_FORCE'", VERSION).stream().findFirst();
    }

    /** A version other than a draft with this content (drafts still change). */
    Optional<PolicyVersion> withTree(String treeHash) {
        return jdbc.query("select " + COLUMNS + " from policy_version where tree_hash = ? and status not in ('DRAFT',"
                + " 'AWAITING_APPROVAL') order by id desc limit 1", VERSION, treeHash).stream().findFirst();
    }

    Optional<PolicyVersion> lastFilesImport() {
        return jdbc.query("select " + COLUMNS + " from policy_version where source = 'FILES' order by id desc limit 1", VERSION)
                .stream().findFirst();
    }

    boolean labelTaken(String label) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from policy_version where label = ?)",
                Boolean.class, label));
    }

    /**
     * The scheduled versions whose moment has come, locked. The poll skips a row another node holds; publishing now
     * waits for it, then sees the row as that node left it (already in force, so no longer due).
     */
    List<PolicyVersion> lockDue(boolean waitForOthers) {
        return jdbc.query("select " + COLUMNS + " from policy_version where status = 'SCHEDULED' and effective_at <= now()"
                + " order by effective_at, id for update" + (waitForOthers ? "" : " skip locked"), VERSION);
    }

    /** Locks the version in force (nowait-free: the unique index allows one), so two flips do not interleave. */
    Optional<PolicyVersion> lockInForce() {
        return jdbc.query("select " + COLUMNS + " from policy_version where status = 'IN_FORCE' for update", VERSION)
                .stream().findFirst();
    }

    void setStatus(long id, VersionStatus status) {
        jdbc.update("update policy_version set status = ? where id = ?", status.name(), id);
    }

    void submitted(long id, String by) {
        jdbc.update("update policy_version set status = 'AWAITING_APPROVAL', submitted_by = ?, submitted_at = now(),"
                + " returned_note = null where id = ?", by, id);
    }

    void approved(long id, String by) {
        jdbc.update("update policy_version set status = 'APPROVED', approved_by = ?, approved_at = now() where id = ?", by, id);
    }

    void returned(long id, String note) {
        jdbc.update("update policy_version set status = 'DRAFT', submitted_by = null, submitted_at = null, returned_note = ?"
                + " where id = ?", note, id);
    }

    void scheduled(long id, OffsetDateTime effectiveAt, PolicyVersion.Changelog changelog, String by) {
        jdbc.update("update policy_version set status = 'SCHEDULED', effective_at = ?, change_what = ?, change_why = ?,"
                + " legal_instrument = ?, published_by = ? where id = ?", effectiveAt, changelog.what(), changelog.why(),
                changelog.legalInstrument(), by, id);
    }

    private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
        Long basedOn = rs.getObject("based_on", Long.class);
        return new PolicyVersion(rs.getLong("id"), rs.getString("label"), VersionStatus.valueOf(rs.getString("status")),
                rs.getString("author"), VersionSource.valueOf(rs.getString("source")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("effective_at", OffsetDateTime.class),
                basedOn, rs.getString("tree_hash"),
                new PolicyVersion.Changelog(rs.getString("change_what"), rs.getString("change_why"),
                        rs.getString("legal_instrument")),
                rs.getString("submitted_by"), rs.getString("approved_by"), rs.getString("published_by"),
                rs.getString("returned_note"));
    }
}
