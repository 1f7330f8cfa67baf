package vn.ansinh.common;

import java.util.List;
import vn.ansinh.common.FieldErrorsResponse.FieldError;

/** Input a module refuses, with the field each problem belongs to, already in the user's language. API: 400. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
