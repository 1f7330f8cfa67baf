package vn.ansinh.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.Formats;

/**
 * Counts failed sign-ins per account, per address and per (account, address) in the database — so two
 * application nodes on one PostgreSQL share one count and one lock — and says until when a sign-in is refused.
 * An attempt refused by a lock checks no password and counts no failure: hammering a locked account cannot
 * extend its lock.
 */
@Component
class LoginThrottle {

    enum Kind { USER, ADDRESS, USER_ADDRESS }

    /** A lock in force (or a slow-down); {@code key} is the account, the address, or "account @ address". */
    record Lock(Kind kind, String key, int failures, Instant until) {
    }

    private static final int KEY_PART = 96;

    private final JdbcTemplate jdbc;
    private final LoginPolicy policy;
    private final ApplicationEventPublisher events;

    LoginThrottle(JdbcTemplate jdbc, LoginPolicy policy, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
    }

    /** The latest time until which this account may not sign in from this address, if that is in the future. */
    Optional<Lock> lockFor(String username, String address) {
        return jdbc.query("select key_kind, key_value, failures, locked_until from login_throttle"
                        + " where locked_until > now() and ((key_kind = 'USER_ADDRESS' and key_value = ?)"
                        + " or (key_kind = 'ADDRESS' and key_value = ?) or (key_kind = 'USER' and key_value = ?))"
                        + " order by locked_until desc limit 1",
                LoginThrottle::lock, pair(username, address), part(address), part(username)).stream().findFirst();
    }

    void refusedWhileLocked(String username, Lock lock) {
        events.publishEvent(LoginEvent.refused("LOGIN_REFUSED_LOCKED", "user", part(username),
                describe(lock.kind()) + " until " + Formats.at(lock.until())));
    }

    @Transactional
    public void failed(String username, String address) {
        forgetStale();
        int pairFailures = count(Kind.USER_ADDRESS, pair(username, address));
        int addressFailures = count(Kind.ADDRESS, part(address));
        int userFailures = count(Kind.USER, part(username));
        Duration pairDelay = policy.pairDelay(pairFailures);
        events.publishEvent(LoginEvent.refused("LOGIN_FAILED", "user", part(username),
                "failure " + pairFailures + " from this address"
                        + (pairDelay.isZero() || pairFailures >= policy.lockAfter() ? "" : "; next try after " + pairDelay.toSeconds() + " s")));
        if (!pairDelay.isZero()) {
            lock(Kind.USER_ADDRESS, pair(username, address), pairDelay);
        }
        if (pairFailures >= policy.lockAfter()) {
            announceLock("user", part(username), Kind.USER_ADDRESS, pairFailures);
        }
        if (addressFailures >= policy.addressLockAfter()) {
            lock(Kind.ADDRESS, part(address), policy.lockFor());
            announceLock("address", part(address), Kind.ADDRESS, addressFailures);
        }
        if (userFailures >= policy.userLockAfter()) {
            lock(Kind.USER, part(username), policy.lockFor());
            announceLock("user", part(username), Kind.USER, userFailures);
        }
    }

    /** A correct password clears this account's counts (its own and from this address); the address's stays. */
    void succeeded(String username, String address) {
        jdbc.update("delete from login_throttle where (key_kind = 'USER_ADDRESS' and key_value = ?)"
                + " or (key_kind = 'USER' and key_value = ?)", pair(username, address), part(username));
    }

    /** Locks and slow-downs in force now, latest first. */
    List<Lock> locks() {
        return jdbc.query("select key_kind, key_value, failures, locked_until from login_throttle"
                + " where locked_until > now() order by locked_until desc limit 500", LoginThrottle::lock);
    }

    /** Clears the account's counts everywhere; returns how many locks in force that lifted. */
    int unlockUser(String username) {
        return lifted("(key_kind = 'USER' and key_value = ?) or (key_kind = 'USER_ADDRESS' and key_value like ? escape '\\')",
                part(username), likePrefix(part(username) + " @ "));
    }

    int unlockAddress(String address) {
        return lifted("key_kind = 'ADDRESS' and key_value = ?", part(address));
    }

    private int lifted(String where, Object... args) {
        return jdbc.queryForObject("with gone as (delete from login_throttle where " + where + " returning locked_until)"
                + " select count(*) from gone where locked_until > now()", Integer.class, args);
    }

    /** Counts older than the window with no lock in force mean nothing any more: random usernames leave no trace. */
    private void forgetStale() {
        jdbc.update("delete from login_throttle where last_failure < now() - make_interval(secs => ?)"
                + " and (locked_until is null or locked_until < now())", policy.window().toSeconds());
    }

    private int count(Kind kind, String key) {
        long windowSeconds = policy.window().toSeconds();
        return jdbc.queryForObject("insert into login_throttle as t (key_kind, key_value, failures) values (?, ?, 1)"
                + " on conflict (key_kind, key_value) do update set"
                + " failures = case when t.window_start < now() - make_interval(secs => ?) then 1 else t.failures + 1 end,"
                + " window_start = case when t.window_start < now() - make_interval(secs => ?) then now() else t.window_start end,"
                + " last_failure = now() returning failures", Integer.class, kind.name(), key, windowSeconds, windowSeconds);
    }

    private void lock(Kind kind, String key, Duration duration) {
        jdbc.update("update login_throttle set locked_until = greatest(coalesce(locked_until, now()), now() + make_interval(secs => ?))"
                + " where key_kind = ? and key_value = ?", duration.toMillis() / 1000.0, kind.name(), key);
    }

    private void announceLock(String subjectType, String subject, Kind kind, int failures) {
        events.publishEvent(LoginEvent.refused("LOGIN_LOCKED", subjectType, subject,
                describe(kind) + " after " + failures + " failures, for " + policy.lockFor().toMinutes() + " min"));
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case USER_ADDRESS -> "account locked from this address";
            case ADDRESS -> "address locked for every account";
            case USER -> "account locked from every address";
        };
    }

    static String pair(String username, String address) {
        return part(username) + " @ " + part(address);
    }

    static String part(String value) {
        String v = value == null ? "" : value;
        return v.length() <= KEY_PART ? v : v.substring(0, KEY_PART);
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Lock lock(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp until = rs.getTimestamp("locked_until");
        return new Lock(Kind.valueOf(rs.getString("key_kind")), rs.getString("key_value"), rs.getInt("failures"),
                until == null ? null : until.toInstant());
    }
}
