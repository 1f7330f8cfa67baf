package vn.ansinh.audit;

import vn.ansinh.common.audit.AuditEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;

/**
 * The door to reading the audit trail: administrators and province policy staff only. Every page viewed and every
 * export is itself an entry of the trail; anyone else is refused, and that refusal is recorded too.
 */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;
    public static final int MAX_EXPORT = 100_000;

    /** A page of entries, newest first; {@code olderThan} is the cursor for the next page, null on the last. */
    public record Page(List<AuditEntry> entries, Long olderThan) {
    }

    private final AuditEntries entries;
    private final AuditWords words;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;

    AuditLog(AuditEntries entries, AuditWords words, Permissions permissions, ApplicationEventPublisher events) {
        this.entries = entries;
        this.words = words;
        this.permissions = permissions;
        this.events = events;
    }

    public Page page(AuditQuery query) {
        AuditQuery q = mayRead("AUDIT_VIEWED", query).normalised();
        List<AuditEntry> found = entries.page(q, PAGE_SIZE + 1);
        events.publishEvent(AuditEvent.of("AUDIT_VIEWED", "audit", null, q.describe()));
        boolean more = found.size() > PAGE_SIZE;
        List<AuditEntry> shown = more ? found.subList(0, PAGE_SIZE) : found;
        return new Page(List.copyOf(shown), more ? shown.get(shown.size() - 1).id() : null);
    }

    /** Writes the matching entries (at most {@link #MAX_EXPORT}, newest first) as XLSX; returns how many. */
    @Transactional(readOnly = true)
    public int export(AuditQuery query, Locale locale, OutputStream out) throws IOException {
        AuditQuery q = mayRead("AUDIT_EXPORTED", query).normalised();
        int written;
        try (AuditWorkbook book = new AuditWorkbook(words, locale)) {
            entries.each(q, MAX_EXPORT, book::add);
            written = book.rows();
            book.writeTo(out);
        }
        events.publishEvent(AuditEvent.of("AUDIT_EXPORTED", "audit", null, written + " entries; " + q.describe()));
        return written;
    }

    private AuditQuery mayRead(String action, AuditQuery query) {
        permissions.require(Act.READ_AUDIT, "audit", action);
        return query == null ? AuditQuery.everything() : query;
    }
}
