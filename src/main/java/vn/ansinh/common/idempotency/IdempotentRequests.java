package vn.ansinh.common.idempotency;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The answers given to requests that carried an {@code Idempotency-Key}, per user. A key is claimed before the
 * request runs (the primary key decides between two racing requests) and holds the answer once it succeeded.
 * Each statement commits on its own: the claim must be visible to a concurrent retry at once.
 */
@Repository
class IdempotentRequests {

    record Stored(String requestHash, Integer status, String contentType, byte[] body) {
    }

    private final JdbcTemplate jdbc;

    IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this request now owns the key; false when another request claimed it first. */
    boolean claim(String username, String key, String requestHash) {
        return jdbc.update("""
                insert into idempotent_request (username, idempotency_key, request_hash) values (?, ?, ?)
                on conflict do nothing""", username, key, requestHash) == 1;
    }

    Optional<Stored> find(String username, String key) {
        return jdbc.query("""
                select request_hash, status, content_type, response_body from idempotent_request
                 where username = ? and idempotency_key = ?""",
                (rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)),
                username, key).stream().findFirst();
    }

    void complete(String username, String key, int status, String contentType, byte[] body) {
        jdbc.update("""
                update idempotent_request set status = ?, content_type = ?, response_body = ?
                 where username = ? and idempotency_key = ?""", status, contentType, body, username, key);
    }

    /** The request failed: the key is free again, so the caller may retry it (e.g. after a 409 it can answer). */
    void release(String username, String key) {
        jdbc.update("delete from idempotent_request where username = ? and idempotency_key = ? and status is null",
                username, key);
    }
}
