package vn.ansinh.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ansinh.common.audit.AuditEvent;

/**
 * Writes every transition to the case's timeline and, just before the transaction commits, one audit entry
 * per case naming every step it took. Both commit with the transition or not at all, so a transition that
 * lost a race or was refused never appears as done, and auditing costs no commit of its own.
 */
@Component
public class CaseHistory {

    public static final String SYSTEM = "system";

    private final Timeline timeline;
    private final CaseClock clock;
    private final ApplicationEventPublisher events;

    CaseHistory(Timeline timeline, CaseClock clock, ApplicationEventPublisher events) {
        this.timeline = timeline;
        this.clock = clock;
        this.events = events;
    }

    public void record(Case c, String step, String action, String actor, String comment) {
        timeline.save(new TimelineEntry(c.id(), clock.now(), step, action, actor, comment));
        String line = step + ":" + action + (comment == null ? "" : " (" + comment + ")");
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(audit(c.id(), List.of(line), c.status()));
            return;
        }
        pending().computeIfAbsent(c.id(), id -> new Pending(new ArrayList<>())).lines().add(line);
        pending().get(c.id()).status = c.status();
    }

    List<TimelineEntry> of(long caseId) {
        return timeline.findByCaseIdOrderByAtAscIdAsc(caseId);
    }

    private Map<Long, Pending> pending() {
        @SuppressWarnings("unchecked")
        Map<Long, Pending> map = (Map<Long, Pending>) TransactionSynchronizationManager.getResource(this);
        if (map == null) {
            Map<Long, Pending> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.forEach((id, p) -> events.publishEvent(audit(id, p.lines(), p.status)));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CaseHistory.this);
                }
            });
            return created;
        }
        return map;
    }

    private static AuditEvent audit(long caseId, List<String> lines, CaseStatus status) {
        String first = lines.get(0);
        String action = "case." + first.substring(first.indexOf(':') + 1).replaceAll(" \\(.*", "").toLowerCase();
        return AuditEvent.of(action, "Case", caseId, "status=" + status + "; " + String.join("; ", lines));
    }

    private static final class Pending {
        private final List<String> lines;
        private CaseStatus status;

        Pending(List<String> lines) {
            this.lines = lines;
        }

        List<String> lines() {
            return lines;
        }
    }
}
