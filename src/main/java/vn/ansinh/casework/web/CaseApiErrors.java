package vn.ansinh.casework.web;

import vn.ansinh.casework.CaseTransitionRefused;
import vn.ansinh.casework.DuplicateCase;

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
@RestControllerAdvice(assignableTypes = {CaseApiController.class, AppealApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiErrors {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("case.reason.required", "reason"),
            Map.entry("case.meeting.incomplete", "attendance"),
            Map.entry("case.meeting.counts", "agreeing"),
            Map.entry("case.field.required", "type"),
            Map.entry("case.field.invalid", "action"),
            Map.entry("case.member.required", "memberId"),
            Map.entry("case.member.notForProgram", "memberId"),
            Map.entry("case.member.notInHousehold", "memberId"),
            Map.entry("case.meeting.attendance.range", "attendance"),
            Map.entry("case.meeting.attendance.village", "attendance"),
            Map.entry("case.meeting.date", "heldOn"),
            Map.entry("case.comment.tooLong", "comment"),
            Map.entry("appeal.grounds.required", "grounds"),
            Map.entry("appeal.grounds.tooLong", "grounds"),
            Map.entry("appeal.receivedOn.range", "receivedOn"),
            Map.entry("appeal.late", "receivedOn"),
            Map.entry("appeal.outcome.required", "outcome"));

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

    /** 409 with the case already open, so the caller can go to it instead of opening a second. */
    @ExceptionHandler(DuplicateCase.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateCase e) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", "case.duplicate");
        body.put("message", messages.getMessage("case.duplicate", null, LocaleContextHolder.getLocale()));
        if (e.existingId() != null) {
            body.put("caseId", e.existingId());
            body.put("link", "/cases/" + e.existingId());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
