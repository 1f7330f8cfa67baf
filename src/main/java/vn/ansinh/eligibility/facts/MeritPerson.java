package vn.ansinh.eligibility.facts;

/** Derived fact: a member holding a recognised merit category (POLICY.md §7). */
public record MeritPerson(MemberFact member, String category) {

    public MemberFact getMember() { return member; }
    public HouseholdFact getHousehold() { return member.getHousehold(); }
    public String getCategory() { return category; }
}
