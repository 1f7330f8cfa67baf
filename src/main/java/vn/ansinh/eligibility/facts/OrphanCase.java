package vn.ansinh.eligibility.facts;

/** Values of {@code OrphanCase} as named in CONTRACT.md. */
public enum OrphanCase {
    ABANDONED_NOT_ADOPTED, BOTH_PARENTS_DEAD, ONE_DEAD_OTHER_MISSING, ONE_DEAD_OTHER_DETAINED, BOTH_MISSING, OTHER_NO_SUPPORT
}
