package vn.ansinh.eligibility.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ansinh.common.FieldErrorsResponse;
import vn.ansinh.common.Formats;
import vn.ansinh.eligibility.engine.EvaluationLimitException;
import vn.ansinh.eligibility.engine.InvalidFactsException;
import vn.ansinh.eligibility.engine.NotCoveredException;
import vn.ansinh.eligibility.engine.RuleSetException;

import java.util.Map;

/**
 * CONTRACT.md errors for the eligibility API: 400 with the field list (malformed JSON, unknown enum or code,
 * wrong type, impossible values), 422 when no rule set covers asOf. Never a 500 for bad input. Syntax errors
 * name the body; mapping errors (wrong type, unknown enum) name the field's path.
 */
@RestControllerAdvice(assignableTypes = EligibilityApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EligibilityApiErrors {

    private final MessageSource messages;

    EligibilityApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidFactsException.class)
    ResponseEntity<FieldErrorsResponse> invalid(InvalidFactsException e) {
        return ResponseEntity.badRequest().body(new FieldErrorsResponse(e.errors().stream()
                .map(f -> new FieldErrorsResponse.FieldError(f.field(), f.message())).toList()));
    }

    @ExceptionHandler(NotCoveredException.class)
    ResponseEntity<Map<String, Object>> notCovered(NotCoveredException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of(
                "error", "no rule set covers asOf",
                "message", messages.getMessage("eligibility.notCovered", new Object[] {Formats.date(e.asOf()),
                        Formats.date(e.coveredFrom())}, LocaleContextHolder.getLocale()),
                "asOf", e.asOf().toString(), "coveredFrom", e.coveredFrom().toString()));
    }

    /** 422: {@code problems} as {@code file:line: message} lines and {@code findings} as {file, line, message}. */
    @ExceptionHandler(RuleSetException.class)
    ResponseEntity<Map<String, Object>> invalidRules(RuleSetException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of(
                "error", "invalid rule set; the current rule set stays in use", "problems", e.problems(),
                "findings", e.findings()));
    }

    /** 503: the evaluation was stopped by its time or firing limit (a defect of the rule set, not of the request). */
    @ExceptionHandler(EvaluationLimitException.class)
    ResponseEntity<Map<String, Object>> stopped(EvaluationLimitException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of(
                "error", "rule evaluation stopped", "message", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<FieldErrorsResponse> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.unreadable(e));
    }
}
