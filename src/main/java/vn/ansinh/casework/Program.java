package vn.ansinh.casework;

/** The support programs a case can be opened for. */
public enum Program {
    POVERTY_RECOGNITION,
    SOCIAL_ALLOWANCE,
    CARE_SUPPORT,
    SOCIAL_PENSION,
    MERIT_HOUSING,
    POOR_HOUSING,
    FUNERAL_SUPPORT
}
