package vn.ansinh.eligibility.web;

import vn.ansinh.common.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.common.NotFoundException;
import vn.ansinh.eligibility.DecisionComparison;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.EvaluationResult;
import vn.ansinh.eligibility.StoredDecision;

import java.time.LocalDate;
import java.util.List;

/** The evaluation API of CONTRACT.md and stored decisions of registered households. */
@RestController
class EligibilityApiController {

    private final EligibilityManagement eligibility;

    EligibilityApiController(EligibilityManagement eligibility) {
        this.eligibility = eligibility;
    }

    @ApiResponse(responseCode = "200", description = "The decision for every program, with reasons", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "No rule set covers asOf", content = @Content(schema = @Schema(ref = "Error")))
    @Operation(operationId = "evaluateHousehold", summary = "Evaluate a household for every program as of a date, storing nothing")
    @PostMapping("/api/eligibility/evaluate")
    EvaluationResult evaluate(@RequestBody EvaluateRequest request) {
        return request == null ? eligibility.evaluate(null, null) : eligibility.evaluate(request.household(), request.asOf());
    }

    @ApiResponse(responseCode = "201", description = "The stored decision", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "No rule set covers asOf", content = @Content(schema = @Schema(ref = "Error")))
    @Operation(operationId = "evaluateRegisteredHousehold", summary = "Evaluate a registered household and store the decision")
    @PostMapping("/api/households/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    StoredDecision store(@PathVariable long id, @RequestBody(required = false) StoreEvaluationRequest request) {
        LocalDate asOf = request == null || request.asOf() == null ? LocalDate.now(Formats.PROVINCE) : request.asOf();
        return eligibility.evaluateHousehold(id, asOf);
    }

    @Operation(operationId = "listHouseholdDecisions", summary = "List the stored decisions of a household")
    @GetMapping("/api/households/{id}/evaluations")
    List<StoredDecision> list(@PathVariable long id) {
        return eligibility.decisions(id);
    }

    @Operation(operationId = "getLatestHouseholdDecision", summary = "Get the latest stored decision of a household")
    @GetMapping("/api/households/{id}/evaluations/latest")
    StoredDecision latest(@PathVariable long id) {
        return eligibility.latestDecision(id).orElseThrow(() -> new NotFoundException("decision"));
    }

    @Operation(operationId = "getDecision", summary = "Get one stored decision")
    @GetMapping("/api/eligibility/decisions/{decisionId}")
    StoredDecision decision(@PathVariable long decisionId) {
        return eligibility.decision(decisionId);
    }

    @Operation(operationId = "rerunDecision", summary = "Evaluate a stored decision's input again with today's rules and compare")
    @GetMapping("/api/eligibility/decisions/{decisionId}/rerun")
    DecisionComparison rerun(@PathVariable long decisionId) {
        return eligibility.rerun(decisionId);
    }

    @Operation(operationId = "getRuleSet", summary = "Get the version of the rule set in force")
    @GetMapping("/api/eligibility/ruleset")
    EvaluationResult.RuleSetRef ruleSet() {
        return eligibility.ruleSet();
    }

    /** Re-reads {@code rules/}; an invalid rule set is refused with its problems and the current one stays. */
    @Operation(operationId = "reloadRuleSet", summary = "Reload the rules folder; an invalid rule set is refused and the current one stays")
    @PostMapping("/api/eligibility/ruleset/reload")
    EvaluationResult.RuleSetRef reload() {
        return eligibility.reload();
    }
}
