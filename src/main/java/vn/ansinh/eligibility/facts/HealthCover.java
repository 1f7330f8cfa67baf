package vn.ansinh.eligibility.facts;

/** One health-insurance group a member belongs to; the highest-ranked group is chosen after firing. */
public final class HealthCover extends Explained {

    private final MemberFact member;
    private final HealthSupport support;

    public HealthCover(MemberFact member, String support) {
        super(member.getParams());
        this.member = member;
        this.support = HealthSupport.valueOf(support);
        member.healthCovers.add(this);
    }

    public MemberFact getMember() { return member; }
    public HealthSupport getSupport() { return support; }
}
