package vn.ansinh.common;

import java.util.Map;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** JSON answers for every REST controller: 400 with the field list, 403, 404, 409 — never a 500 for bad input. */
@RestControllerAdvice(annotations = RestController.class)
/* ahead of PageErrors, which also sees REST controllers (a @RestController is a @Controller) */
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<FieldErrorsResponse> invalid(MethodArgumentNotValidException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.from(e.getBindingResult(), messages));
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<FieldErrorsResponse> refused(InvalidInput e) {
        return ResponseEntity.badRequest().body(new FieldErrorsResponse(e.errors()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<FieldErrorsResponse> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.unreadable(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<FieldErrorsResponse> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.of(e.getName(), text("api.invalidValue")));
    }

    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<FieldErrorsResponse> unknownField(InvalidPropertyException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.of(e.getPropertyName(), text("api.noSuchField")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<FieldErrorsResponse> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.of(e.getParameterName(), text("api.required")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<FieldErrorsResponse> missingPart(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.of(e.getRequestPartName(), text("api.required")));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<FieldErrorsResponse> multipart(MultipartException e) {
        return ResponseEntity.badRequest().body(FieldErrorsResponse.of("file", e instanceof MaxUploadSizeExceededException
                ? text("api.file.tooLarge") : text("api.file.unreadable")));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<FieldErrorsResponse> integrity(DataIntegrityViolationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(FieldErrorsResponse.of("body", text("api.conflict")));
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "already handled", "message", e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden"));
    }
}
