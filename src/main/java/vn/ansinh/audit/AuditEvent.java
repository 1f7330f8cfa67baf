package vn.ansinh.audit;

/**
 * Something worth recording. Publish it with Spring's {@code ApplicationEventPublisher}; the audit trail adds
 * who (user, role, jurisdiction), when and from where.
 */
public record AuditEvent(String action, String subjectType, String subjectId, String detail) {

    /** Refused or denied attempts are kept even when the request's own work rolls back. */
    public boolean isRefusal() {
        String upper = action.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("REFUSED") || upper.contains("DENIED");
    }

    public static AuditEvent of(String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), detail);
    }
}
