package vn.ansinh.eligibility.facts;

/** Values of {@code Area} as named in CONTRACT.md. */
public enum Area {
    RURAL, URBAN
}
