package vn.ansinh.common.access;

import vn.ansinh.common.audit.Audited;

/** A user tried an act their role does not allow; the audit trail records it whatever the request does next. */
public record ActRefused(Act act, Role role, String subjectType, String subjectId) implements Audited {

    @Override
    public String action() {
        return "ACT_REFUSED";
    }

    @Override
    public String detail() {
        return act.name() + " not allowed for " + (role == null ? "anonymous" : role.name());
    }

    @Override
    public boolean refusal() {
        return true;
    }
}
