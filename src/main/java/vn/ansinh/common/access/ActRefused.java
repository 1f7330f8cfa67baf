package vn.ansinh.common.access;

/** A user tried an act their role does not allow; the audit trail records it whatever the request does next. */
public record ActRefused(Act act, Role role, String subjectType, String subjectId) {
}
