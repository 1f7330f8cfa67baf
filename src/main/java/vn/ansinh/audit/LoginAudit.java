package vn.ansinh.audit;

import vn.ansinh.common.audit.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ansinh.identity.LoginEvent;

/** Failed sign-ins, slow-downs, locks and unlocks, told by identity, go on the same trail. */
@Component
class LoginAudit {

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(LoginEvent event) {
        trail.record(new AuditEvent(event.action(), event.subjectType(), event.subjectId(), event.detail(), event.refusal()));
    }
}
