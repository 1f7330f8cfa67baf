package vn.ansinh.eligibility.engine;

import java.util.List;

/** The household facts are malformed or impossible; each field error names the request path. */
public class InvalidFactsException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidFactsException(List<FieldError> errors) {
        super("Invalid household facts: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
