package vn.ansinh.common.audit;

/**
 * A door's record of a read or a refusal that is no event of the module's own (a household opened, an area outside
 * the caller's jurisdiction asked for). Changes are told by the module's past-tense events instead; both are
 * {@link Audited}, and the audit trail adds who (user, role, jurisdiction), when and from where.
 *
 * @param refusal a refused or denied attempt: kept even though the request's own work rolls back
 */
public record AuditEvent(String action, String subjectType, String subjectId, String detail, boolean refusal)
        implements Audited {

    /** Something that was done: recorded with the change, or not at all. */
    public static AuditEvent of(String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), detail, false);
    }

    /** Something that was refused: recorded whatever happens to the request. */
    public static AuditEvent refusal(String action, String subjectType, Object subjectId, String detail) {
        return new AuditEvent(action, subjectType, subjectId == null ? null : subjectId.toString(), detail, true);
    }
}
