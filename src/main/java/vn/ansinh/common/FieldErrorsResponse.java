package vn.ansinh.common;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/** The API's 400 body: {@code {"errors":[{"field":"…","message":"…"}]}}. */
public record FieldErrorsResponse(List<FieldError> errors) {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/messages");

    public record FieldError(String field, String message) {
    }

    public static FieldErrorsResponse of(String field, String message) {
        return new FieldErrorsResponse(List.of(new FieldError(field, message)));
    }

    /**
     * A body that could not be read: too large, not JSON (the field is {@code body}), or a value of the wrong type,
     * format or code (the field is its JSON path, e.g. {@code household.members[0].birthDate}).
     */
    public static FieldErrorsResponse unreadable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                return of("body", RequestBodyLimit.message(tooLarge.limit()));
            }
            // a syntax error names the body; a value of the wrong type, or a number past its type's range, its path
            if ((cause instanceof DatabindException || cause instanceof InputCoercionException)
                    && cause instanceof JacksonException mapping && !mapping.getPath().isEmpty()) {
                return of(path(mapping), mapping instanceof InvalidNullException
                        ? TEXTS.text("api.notNull")
                        : TEXTS.text("api.invalidValueTypeOrCode"));
            }
        }
        return of("body", TEXTS.text("api.malformedJson"));
    }

    /** The JSON path in CONTRACT style: {@code household.members[0].birthDate}. */
    public static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
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
