package vn.ansinh.household;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A possible duplicate registration over the API: 409 with the households it may copy, until confirmed. */
@RestControllerAdvice(assignableTypes = HouseholdApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HouseholdApiErrors {

    private final MessageSource messages;

    HouseholdApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DuplicateHousehold.class)
    ResponseEntity<Map<String, Object>> duplicate(DuplicateHousehold e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "household.duplicate");
        body.put("message", messages.getMessage("household.duplicate.api", null, LocaleContextHolder.getLocale()));
        body.put("matches", e.matches().stream().map(m -> Map.of("id", m.id(), "code", m.code(), "headName", m.headName(),
                "village", m.village() == null ? "" : m.village(), "link", "/households/" + m.id())).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
