package vn.ansinh.casework;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes every transition to the case's timeline and to the audit record. */
@Component
class CaseHistory {

    static final String SYSTEM = "system";

    private final Timeline timeline;
    private final CaseClock clock;
    private final ApplicationEventPublisher events;

    CaseHistory(Timeline timeline, CaseClock clock, ApplicationEventPublisher events) {
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    void record(Case c, String step, String action, String actor, String comment) {
        timeline.save(new TimelineEntry(c.id(), clock.now(), step, action, actor, comment));
        events.publishEvent(CaseAudit.of(c, step, action, comment));
    }

    List<TimelineEntry> of(long caseId) {
        return timeline.findByCaseIdOrderByAtAscIdAsc(caseId);
    }
}
