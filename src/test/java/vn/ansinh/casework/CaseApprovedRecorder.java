package vn.ansinh.casework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Test listener: the CaseApproved events that were committed, as the payment module would see them. */
@Component
class CaseApprovedRecorder {

    private final List<CaseApproved> committed = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(CaseApproved event) {
        committed.add(event);
    }

    long countFor(long caseId) {
        return committed.stream().filter(e -> e.caseId() == caseId).count();
    }

    CaseApproved lastFor(long caseId) {
        return committed.stream().filter(e -> e.caseId() == caseId).reduce((a, b) -> b).orElseThrow();
    }
}
