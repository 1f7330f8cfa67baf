package vn.ansinh.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.common.Formats;

/**
 * What the audit viewer asks for: every filter optional; {@code before} is the keyset cursor (entries with a smaller
 * id, newest first), so a page deep in a large table costs what the first one does.
 *
 * @param user    exact username of who acted ("anonymous" for failed sign-ins, whose account is the record)
 * @param record  the record's id (a household id, a case id, an account name …), optionally with {@code recordType}
 * @param to      inclusive last day
 */
public record AuditQuery(String user, String recordType, String record, String action, boolean refusalsOnly,
                         LocalDate from, LocalDate to, Long before) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, false, null, null, null);
    }

    AuditQuery normalised() {
        return new AuditQuery(blankToNull(user), blankToNull(recordType), blankToNull(record), blankToNull(action),
                refusalsOnly, from, to, before);
    }

    public AuditQuery olderThan(long id) {
        return new AuditQuery(user, recordType, record, action, refusalsOnly, from, to, id);
    }

    /** The filters in one line, for the audit entry that records this very viewing. */
    String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "user", user);
        add(parts, "recordType", recordType);
        add(parts, "record", record);
        add(parts, "action", action);
        if (refusalsOnly) {
            parts.add("refusals only");
        }
        add(parts, "from", from == null ? null : Formats.date(from));
        add(parts, "to", to == null ? null : Formats.date(to));
        add(parts, "before", before);
        return parts.isEmpty() ? "no filter" : String.join("; ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
