package vn.ansinh.casework;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Approves several cases at once; each is its own transaction, checked and audited like a single approval. */
@Component
class BulkApproval {

    /** What happened to one case of the batch; {@code refusal} is an i18n key, null when approved. */
    public record Outcome(long caseId, String refusal) {
        public boolean approved() {
            return refusal == null;
        }
    }

    private final CaseWorkflow workflow;

    BulkApproval(CaseWorkflow workflow) {
        this.workflow = workflow;
    }

    List<Outcome> approve(List<Long> caseIds, CaseActor actor) {
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : caseIds.stream().distinct().toList()) {
            try {
                workflow.approve(id, null, actor, null);
                outcomes.add(new Outcome(id, null));
            } catch (CaseTransitionRefused e) {
                outcomes.add(new Outcome(id, e.code()));
            } catch (CaseAlreadyHandled e) {
                outcomes.add(new Outcome(id, "case.alreadyHandled"));
            } catch (CaseNotFound e) {
                outcomes.add(new Outcome(id, "case.notFound"));
            }
        }
        return outcomes;
    }
}
