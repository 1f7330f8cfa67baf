package vn.ansinh.casework;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ansinh.common.audit.AuditEvent;

/** A case as the actor may reach it: outside their area it does not exist (404), and the attempt is audited. */
@Component
class CaseScope {

    private final Cases cases;
    private final ApplicationEventPublisher events;

    CaseScope(Cases cases, ApplicationEventPublisher events) {
        this.cases = cases;
        this.events = events;
    }

    Case within(long caseId, CaseActor actor) {
        return find(caseId, actor).orElseThrow(() -> new CaseNotFound(caseId));
    }

    /** The case, or empty (refusal audited) when it is not in the actor's area. */
    Optional<Case> find(long caseId, CaseActor actor) {
        Optional<Case> found = cases.findByIdWithin(caseId, actor);
        if (found.isEmpty()) {
            refused(caseId, actor, "not found in jurisdiction");
        }
        return found;
    }

    CaseNotFound refused(long caseId, CaseActor actor, String why) {
        events.publishEvent(AuditEvent.refusal("CASE_ACCESS_REFUSED", "case", caseId, actor.username() + ": " + why));
        return new CaseNotFound(caseId);
    }
}
