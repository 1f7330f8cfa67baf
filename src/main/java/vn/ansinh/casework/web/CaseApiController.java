package vn.ansinh.casework.web;

import vn.ansinh.casework.CaseAction;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseAssessment;
import vn.ansinh.casework.CaseKind;
import vn.ansinh.casework.CaseNotFound;
import vn.ansinh.casework.CaseQueries;
import vn.ansinh.casework.CaseTransitionRefused;
import vn.ansinh.casework.CaseView;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.ComplaintType;
import vn.ansinh.casework.OpenCase;
import vn.ansinh.casework.DecisionPaper;
import vn.ansinh.casework.Program;
import vn.ansinh.casework.VillageMeeting;
import vn.ansinh.casework.inbox.BulkApproval;
import vn.ansinh.casework.inbox.CaseInbox;
import vn.ansinh.casework.inbox.InboxFilter;
import vn.ansinh.casework.inbox.InboxItem;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;

/** JSON API of the case workflow: the same acts and the same area rules as the pages. */
@RestController
@RequestMapping("/api/cases")
class CaseApiController {

    record OpenRequest(@NotNull Long householdId, Long memberId, @NotNull Program program, @NotNull CaseKind kind) {
    }

    record StepRequest(Integer version, String action, String reason, String comment, ComplaintType type,
                       LocalDate heldOn, Integer attendance, Integer agreeing) {
    }

    private final CaseWorkflow workflow;
    private final CaseQueries queries;
    private final CaseInbox inbox;
    private final BulkApproval bulk;
    private final CaseAssessment assessment;
    private final CaseActors actors;
    private final HouseholdManagement households;
    private final DecisionPaper paper;

    CaseApiController(CaseWorkflow workflow, CaseQueries queries, CaseInbox inbox, BulkApproval bulk,
                      CaseAssessment assessment, CaseActors actors, HouseholdManagement households,
                      DecisionPaper paper) {
        this.paper = paper;
        this.workflow = workflow;
        this.queries = queries;
        this.inbox = inbox;
        this.bulk = bulk;
        this.assessment = assessment;
        this.actors = actors;
        this.households = households;
    }

    @Operation(operationId = "openCase", summary = "Open a case for a household and program")
    @PostMapping
    ResponseEntity<CaseView> open(@Valid @RequestBody OpenRequest request) {
        HouseholdView household = households.get(request.householdId());
        long id = workflow.open(new OpenCase(household.id(), request.memberId(), request.program(), request.kind(),
                household.communeCode(), household.districtCode()), actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(show(id));
    }

    @Operation(operationId = "getCase", summary = "Get one case with its decision and timeline")
    @GetMapping("/{id}")
    CaseView show(@PathVariable long id) {
        return queries.find(id, actors.current()).orElseThrow(() -> new CaseNotFound(id));
    }

    @Operation(operationId = "getCaseDecisionPdf", summary = "The approved case's decision (Quyết định) as A4 PDF with the notice to the household")
    @GetMapping(value = "/{id}/decision.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable long id) {
        return CaseController.pdf(id, paper.pdf(id, actors.current()));
    }

    @Operation(operationId = "listInbox", summary = "List the caller's tasks and their area's, overdue first")
    @GetMapping("/inbox")
    List<InboxItem> inbox(@RequestParam(required = false) String commune, @RequestParam(required = false) Program program,
                          @RequestParam(defaultValue = "false") boolean overdue) {
        return inbox.of(actors.current(), new InboxFilter(commune, program, overdue));
    }

    @Operation(operationId = "claimCaseTask", summary = "Claim the open task of a case")
    @PostMapping("/{id}/claim")
    CaseView claim(@PathVariable long id, @RequestParam String step) {
        workflow.claim(id, step, actors.current());
        return show(id);
    }

    @Operation(operationId = "submitAssessment", summary = "Submit the assessment of a case; the rules evaluate it")
    @PostMapping("/{id}/assessment")
    CaseView assess(@PathVariable long id, @RequestParam(required = false) Integer version,
                    @Valid @RequestBody AssessmentForm form) {
        assessment.assess(id, version, actors.current(), form, null);
        return show(id);
    }

    @Operation(operationId = "recordCaseStep", summary = "Record a step of a case: not-eligible, meeting, complaint, re-verification or approval")
    @PostMapping("/{id}/{step}")
    CaseView act(@PathVariable long id, @PathVariable String step, @RequestBody StepRequest r) {
        CaseActor actor = actors.current();
        show(id);
        switch (step) {
            case "not-eligible" -> {
                if ("CLOSE".equals(r.action())) {
                    workflow.closeNotEligible(id, r.version(), actor, r.comment());
                } else {
                    workflow.correctData(id, r.version(), actor, r.comment());
                }
            }
            case "meeting" -> workflow.recordMeeting(id, r.version(), actor,
                    new VillageMeeting(r.heldOn(), r.attendance(), r.agreeing()), r.comment());
            case "complaint" -> {
                if (r.type() == null) {
                    throw new CaseTransitionRefused("case.field.required", "type");
                }
                workflow.recordComplaint(id, r.version(), actor, r.type(), r.comment());
            }
            case "re-verification" -> workflow.reVerified(id, r.version(), actor, r.comment());
            case "approval" -> approval(id, r, actor);
            default -> throw new CaseNotFound(id);
        }
        return show(id);
    }

    @Operation(operationId = "approveCases", summary = "Approve several cases at once; each answers its own outcome")
    @PostMapping("/approvals")
    List<BulkApproval.Outcome> approveAll(@RequestBody Map<String, List<Long>> body) {
        return bulk.approve(body.getOrDefault("caseIds", List.of()), actors.current());
    }

    private void approval(long id, StepRequest r, CaseActor actor) {
        workflow.decide(id, r.version(), actor, CaseAction.parse(r.action()), r.comment(), r.reason());
    }
}
