package vn.ansinh.identity;

/**
 * Something about signing in worth the audit trail (a failed password, a slow-down, a lock, an attempt refused
 * while locked, an unlock). The audit module records it; identity cannot use audit itself (audit uses identity).
 *
 * @param subjectType {@code user} or {@code address}
 */
public record LoginEvent(String action, String subjectType, String subjectId, String detail, boolean refusal) {

    static LoginEvent refused(String action, String subjectType, String subjectId, String detail) {
        return new LoginEvent(action, subjectType, subjectId, detail, true);
    }

    static LoginEvent done(String action, String subjectType, String subjectId, String detail) {
        return new LoginEvent(action, subjectType, subjectId, detail, false);
    }
}
