package vn.ansinh.eligibility.facts;

/**
 * Funeral support considered for a member who died, judged as of the day of death (Decree 20/2021 Art. 11):
 * eligible once any qualifying criterion passes; the amount is set after firing from the dated multiple.
 */
public final class FuneralSupport extends Explained {

    private final MemberFact member;
    private boolean eligible;

    public FuneralSupport(MemberFact member) {
        super(member.getParams());
        this.member = member;
        member.funeralSupport = this;
    }

    /** Records a qualifying criterion that holds; one is enough. */
    public void qualify(String code, Object... keyValues) {
        pass(code, keyValues);
        eligible = true;
    }

    public MemberFact getMember() { return member; }
    public boolean isEligible() { return eligible; }
}
