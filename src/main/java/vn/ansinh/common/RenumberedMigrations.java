package vn.ansinh.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migrations renumbered so that Flyway applies them in order without out-of-order mode. A database that
 * applied one under its old number (the demo's {@code ./data}) has the same script under a new name: its
 * history row is renamed once, before validation, so the script is neither missing nor applied twice. Flyway checksums
 * the content, not the name, so validation still refuses a row whose script was different.
 */
@Component
class RenumberedMigrations implements Callback {

    private static final Logger log = LoggerFactory.getLogger(RenumberedMigrations.class);

    /** old version → new version and script name. */
    private static final Map<String, String[]> RENUMBERED = Map.of(
            "5", new String[] {"31", "V31__household_policy_flags.sql"});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        Connection connection = context.getConnection();
        try {
            if (!historyExists(connection, table)) {
                return;
            }
            for (Map.Entry<String, String[]> e : RENUMBERED.entrySet()) {
                String[] renamed = e.getValue();
                try (PreparedStatement update = connection.prepareStatement("update " + quoted(table)
                        + " set version = ?, script = ? where version = ? and not exists"
                        + " (select 1 from " + quoted(table) + " where version = ?)")) {
                    update.setString(1, renamed[0]);
                    update.setString(2, renamed[1]);
                    update.setString(3, e.getKey());
                    update.setString(4, renamed[0]);
                    if (update.executeUpdate() > 0) {
                        log.info("Migration V{} was renumbered V{}: its history row now says so", e.getKey(), renamed[0]);
                    }
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Cannot rename renumbered migrations in " + table, ex);
        }
    }

    private static boolean historyExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, quoted(table));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static String quoted(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getCallbackName() {
        return "renumbered-migrations";
    }
}
