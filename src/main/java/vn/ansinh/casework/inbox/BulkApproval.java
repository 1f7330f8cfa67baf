package vn.ansinh.casework.inbox;

import vn.ansinh.casework.Case;
import vn.ansinh.casework.Cases;

import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseAlreadyHandled;
import vn.ansinh.casework.CaseNotFound;
import vn.ansinh.casework.CaseTransitionRefused;
import vn.ansinh.casework.CaseWorkflow;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;

/** Approves several cases at once; each is its own transaction, checked and audited like a single approval. */
@Component
public class BulkApproval {

    /** What happened to one case of the batch; {@code refusal} is an i18n key, null when approved; {@code reference} the case's code (null for an unknown case). */
    public record Outcome(long caseId, String refusal, String reference) implements java.io.Serializable {
        public boolean approved() {
            return refusal == null;
        }
    }

    private final CaseWorkflow workflow;
    private final Permissions permissions;
    private final Cases cases;

    BulkApproval(CaseWorkflow workflow, Permissions permissions, Cases cases) {
        this.workflow = workflow;
        this.permissions = permissions;
        this.cases = cases;
    }

    private String referenceOf(long caseId) {
        return cases.findById(caseId).map(Case::reference).orElse(null);
    }

    public List<Outcome> approve(List<Long> caseIds, CaseActor actor) {
        permissions.require(Act.BULK_APPROVE, actor.role(), "case", null);
        List<Outcome> outcomes = new ArrayList<>();
        for (long id : caseIds.stream().distinct().toList()) {
            try {
                workflow.approve(id, null, actor, null);
                outcomes.add(new Outcome(id, null, referenceOf(id)));
            } catch (CaseTransitionRefused e) {
                outcomes.add(new Outcome(id, e.code(), referenceOf(id)));
            } catch (CaseAlreadyHandled e) {
                outcomes.add(new Outcome(id, "case.alreadyHandled", referenceOf(id)));
            } catch (CaseNotFound e) {
                outcomes.add(new Outcome(id, "case.notFound", referenceOf(id)));
            } catch (AccessDeniedException e) {
                outcomes.add(new Outcome(id, "case.forbidden", referenceOf(id)));
            }
        }
        return outcomes;
    }
}
