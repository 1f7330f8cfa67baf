package vn.ansinh.eligibility.facts;

/** Values of {@code HousingCondition} as named in CONTRACT.md. */
public enum HousingCondition {
    SOUND, DAMAGED_NEEDS_REPAIR, COLLAPSED_OR_HEAVILY_DAMAGED, MAKESHIFT_DILAPIDATED, NO_HOUSE
}
