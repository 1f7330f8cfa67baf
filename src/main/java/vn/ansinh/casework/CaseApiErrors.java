package vn.ansinh.casework;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ansinh.common.FieldErrorsResponse;

/** A refused case transition over the API: bad input 400, the assessor approving 403, the wrong step 409. */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiErrors {

    private static final Map<String, String> FIELDS = Map.of(
            "case.reason.required", "reason", "case.meeting.incomplete", "attendance",
            "case.meeting.counts", "agreeing", "case.field.required", "type", "case.field.invalid", "action",
            "case.meeting.attendance", "attendance", "case.meeting.date", "heldOn", "case.comment.tooLong", "comment");

    private final MessageSource messages;

    CaseApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CaseTransitionRefused.class)
    ResponseEntity<?> refused(CaseTransitionRefused e) {
        String message = messages.getMessage(e.code(), null, e.code(), LocaleContextHolder.getLocale());
        if (FIELDS.containsKey(e.code())) {
            return ResponseEntity.badRequest().body(FieldErrorsResponse.of(FIELDS.get(e.code()), message));
        }
        HttpStatus status = "case.approve.ownAssessment".equals(e.code()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(Map.of("error", e.code(), "message", message));
    }
}
