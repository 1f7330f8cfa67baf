package vn.ansinh.audit;

import java.time.Instant;

/** One line of the audit trail as stored. */
public record AuditEntry(long id, Instant occurredAt, String username, String role, String jurisdiction,
                         String remoteAddr, String action, String subjectType, String subjectId, String detail,
                         boolean refusal) {
}
