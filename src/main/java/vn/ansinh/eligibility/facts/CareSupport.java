package vn.ansinh.eligibility.facts;

/**
 * Monthly care support for a member: paid to the household caring for them, or to the disabled person who is
 * pregnant or raising children under 36 months. One entry per member: when several apply, the higher coefficient.
 */
public final class CareSupport extends Explained {

    private final MemberFact member;
    private final double coefficient;

    public CareSupport(MemberFact member, double coefficient) {
        super(member.getParams());
        this.member = member;
        this.coefficient = coefficient;
        if (member.careSupport == null || member.careSupport.coefficient < coefficient) {
            member.careSupport = this;
        }
    }

    /** No support, with the reasons why (e.g. young children in the household but no parent link to this person). */
    public static CareSupport refused(MemberFact member) {
        return new CareSupport(member, 0);
    }

    public boolean isEligible() { return coefficient > 0; }
    public MemberFact getMember() { return member; }
    public double getCoefficient() { return coefficient; }
}
