package vn.ansinh.eligibility.engine;

/** One invalid input field, with its path in the request (e.g. {@code household.members[0].birthDate}). */
public record FieldError(String field, String message) {
}
