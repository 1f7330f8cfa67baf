package vn.ansinh.eligibility.facts;

/** Values of {@code Outcome} as named in CONTRACT.md. */
public enum Outcome {
    ELIGIBLE, NOT_ELIGIBLE, NOT_APPLICABLE
}
