package vn.ansinh.eligibility.web;

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
import vn.ansinh.eligibility.engine.FieldError;
import vn.ansinh.eligibility.engine.InvalidFactsException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The evaluation API of CONTRACT.md and stored decisions of registered households. */
@RestController
class EligibilityApiController {

    private final EligibilityManagement eligibility;

    EligibilityApiController(EligibilityManagement eligibility) {
        this.eligibility = eligibility;
    }

    @PostMapping("/api/eligibility/evaluate")
    EvaluationResult evaluate(@RequestBody EvaluateRequest request) {
        List<FieldError> missing = new ArrayList<>();
        if (request == null || request.asOf() == null) {
            missing.add(new FieldError("asOf", "Bắt buộc, dạng YYYY-MM-DD / required, ISO date"));
        }
        if (request == null || request.household() == null) {
            missing.add(new FieldError("household", "Bắt buộc / required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidFactsException(missing);
        }
        return eligibility.evaluate(request.household(), request.asOf());
    }

    @PostMapping("/api/households/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    StoredDecision store(@PathVariable long id, @RequestBody(required = false) StoreEvaluationRequest request) {
        LocalDate asOf = request == null || request.asOf() == null ? LocalDate.now() : request.asOf();
        return eligibility.evaluateHousehold(id, asOf);
    }

    @GetMapping("/api/households/{id}/evaluations")
    List<StoredDecision> list(@PathVariable long id) {
        return eligibility.decisions(id);
    }

    @GetMapping("/api/households/{id}/evaluations/latest")
    StoredDecision latest(@PathVariable long id) {
        return eligibility.latestDecision(id).orElseThrow(() -> new NotFoundException("decision"));
    }

    @GetMapping("/api/eligibility/decisions/{decisionId}")
    StoredDecision decision(@PathVariable long decisionId) {
        return eligibility.decision(decisionId);
    }

    @GetMapping("/api/eligibility/decisions/{decisionId}/rerun")
    DecisionComparison rerun(@PathVariable long decisionId) {
        return eligibility.rerun(decisionId);
    }

    @GetMapping("/api/eligibility/ruleset")
    EvaluationResult.RuleSetRef ruleSet() {
        return eligibility.ruleSet();
    }

    /** Re-reads {@code rules/}; an invalid rule set is refused with its problems and the current one stays. */
    @PostMapping("/api/eligibility/ruleset/reload")
    EvaluationResult.RuleSetRef reload() {
        return eligibility.reload();
    }
}
