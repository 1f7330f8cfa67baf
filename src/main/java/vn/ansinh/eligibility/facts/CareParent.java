package vn.ansinh.eligibility.facts;

/**
 * Derived fact: an adult with severe or especially severe disability who is pregnant or raises their own children
 * under the young-child age ({@code children} counts only children linked to this person).
 */
public record CareParent(MemberFact member, int children) {

    public MemberFact getMember() { return member; }
    public HouseholdFact getHousehold() { return member.getHousehold(); }
    public String getId() { return member.getId(); }
    public boolean isPregnant() { return member.isPregnant(); }
    public int getChildren() { return children; }
}
