package vn.ansinh.eligibility.facts;

/** Values of {@code PoorSubtype} as named in CONTRACT.md. */
public enum PoorSubtype {
    INCOME, MULTIDIMENSIONAL
}
