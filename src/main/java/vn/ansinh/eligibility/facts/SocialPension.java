package vn.ansinh.eligibility.facts;

/** Social pension of a member who meets its age and household conditions; eligible once requested. */
public final class SocialPension extends Explained {

    private final MemberFact member;
    private boolean eligible;

    public SocialPension(MemberFact member) {
        super(member.getParams());
        this.member = member;
        member.socialPension = this;
    }

    public void setEligible(boolean eligible) {
        this.eligible = eligible;
    }

    public MemberFact getMember() { return member; }
    public boolean isEligible() { return eligible; }
}
