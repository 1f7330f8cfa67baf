package vn.ansinh.eligibility.facts;

/** Monthly care support paid to the household for a member it cares for. */
public final class CareSupport extends Explained {

    private final MemberFact member;
    private final double coefficient;

    public CareSupport(MemberFact member, double coefficient) {
        super(member.getParams());
        this.member = member;
        this.coefficient = coefficient;
        member.careSupport = this;
    }

    public MemberFact getMember() { return member; }
    public double getCoefficient() { return coefficient; }
}
