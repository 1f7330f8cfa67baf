package vn.ansinh.eligibility.facts;

/** Values of {@code Disability} as named in CONTRACT.md. */
public enum Disability {
    NONE, MILD, SEVERE, ESPECIALLY_SEVERE
}
