package vn.ansinh.casework;

/**
 * The support programs a case can be opened for. A member program decides for one person (the evaluation answers
 * it per member: social allowance, care support, social pension, funeral support); a household program for the
 * household as a whole (poverty recognition, housing support).
 */
public enum Program {
    POVERTY_RECOGNITION(false),
    SOCIAL_ALLOWANCE(true),
    CARE_SUPPORT(true),
    SOCIAL_PENSION(true),
    MERIT_HOUSING(false),
    POOR_HOUSING(false),
    FUNERAL_SUPPORT(true);

    private final boolean perMember;

    Program(boolean perMember) {
        this.perMember = perMember;
    }

    /** Whether a case of this program names one member of the household. */
    public boolean perMember() {
        return perMember;
    }
}
