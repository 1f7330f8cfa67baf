package vn.ansinh.common.audit;

/**
 * Something worth recording. Publish it with Spring's {@code ApplicationEventPublisher}; the audit trail adds
 * who (user, role, jurisdiction), when and from where.
 *
 * @param refusal a refused or denied attempt: kept even though the request's own work rolls back
 */
public record AuditEvent(String action, String subjectType, String subjectId, String detail, boolean refusal) {

    /** Something that was done: recorded with the change, or not at all. */
    public static AuditEvent of(String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), detail, false);
    }

    /** Something that was refused: recorded whatever happens to the request. */
    public static AuditEvent refusal(String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), detail, true);
    }
}
