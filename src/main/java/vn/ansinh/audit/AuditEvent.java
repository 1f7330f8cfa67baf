package vn.ansinh.audit;

/**
 * Something worth recording. Publish it with Spring's {@code ApplicationEventPublisher}; the audit trail adds
 * who (user, role, jurisdiction), when and from where.
 */
public record AuditEvent(String action, String subjectType, String subjectId, String detail) {

    public static AuditEvent of(String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), detail);
    }
}
