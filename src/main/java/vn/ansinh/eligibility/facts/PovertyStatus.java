package vn.ansinh.eligibility.facts;

/** Values of {@code PovertyStatus} as named in CONTRACT.md. */
public enum PovertyStatus {
    POOR, NEAR_POOR, AVERAGE_LIVING_STANDARD, NONE
}
