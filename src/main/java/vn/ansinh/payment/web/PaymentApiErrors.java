package vn.ansinh.payment.web;

import vn.ansinh.payment.PaymentStateException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.ansinh.common.FieldErrorsResponse;

/** An act from the wrong state (e.g. approving a cycle twice) answers 409 with the reason in the user's language. */
@RestControllerAdvice(assignableTypes = {EntitlementApiController.class, PaymentApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentApiErrors {

    private final MessageSource messages;

    PaymentApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PaymentStateException.class)
    ResponseEntity<FieldErrorsResponse> conflict(PaymentStateException e) {
        String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(FieldErrorsResponse.of(null, message));
    }
}
