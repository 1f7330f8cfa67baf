package vn.ansinh.common;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** The API's 400 body: {@code {"errors":[{"field":"…","message":"…"}]}}. */
public record FieldErrorsResponse(List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static FieldErrorsResponse of(String field, String message) {
        return new FieldErrorsResponse(List.of(new FieldError(field, message)));
    }

    public static FieldErrorsResponse from(BindingResult result, MessageSource messages) {
        List<FieldError> errors = result.getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())))
                .toList();
        List<FieldError> global = result.getGlobalErrors().stream()
                .map(e -> new FieldError(e.getObjectName(), messages.getMessage(e, LocaleContextHolder.getLocale())))
                .toList();
        return new FieldErrorsResponse(java.util.stream.Stream.concat(errors.stream(), global.stream()).toList());
    }
}
