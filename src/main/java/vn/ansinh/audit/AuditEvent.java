package vn.ansinh.audit;

/** Placeholder matching the spine's event (conventions.md); main's version wins on merge. */
public record AuditEvent(String action, String subjectType, String subjectId, String detail) {
}
