package vn.ansinh.identity;

import vn.ansinh.common.audit.Audited;

/**
 * Something about signing in worth the audit trail (a failed password, a slow-down, a lock, an attempt refused
 * while locked, an unlock). The audit module hears it, as every {@link Audited} event.
 *
 * @param subjectType {@code user} or {@code address}
 */
public record LoginEvent(String action, String subjectType, String subjectId, String detail, boolean refusal)
        implements Audited {

    static LoginEvent refused(String action, String subjectType, String subjectId, String detail) {
        return new LoginEvent(action, subjectType, subjectId, detail, true);
    }

    static LoginEvent done(String action, String subjectType, String subjectId, String detail) {
        return new LoginEvent(action, subjectType, subjectId, detail, false);
    }
}
