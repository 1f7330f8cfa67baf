package vn.ansinh.payment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ansinh.common.audit.AuditEvent;

/** Every state change in payments is published as an audit event; the audit module adds who, when and from where. */
@Component
public class PaymentAudit {

    private final ApplicationEventPublisher events;

    PaymentAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void record(String action, String subjectType, Object subjectId, String detail) {
        events.publishEvent(AuditEvent.of(action, subjectType, subjectId, detail));
    }
}
