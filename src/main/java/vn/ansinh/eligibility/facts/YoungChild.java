package vn.ansinh.eligibility.facts;

/**
 * Derived fact: a member younger than the young-child age of care support, with one of the parents the request
 * or the register links to them ({@code parent} null: no parent of this child is known in the household).
 */
public record YoungChild(MemberFact child, MemberFact parent) {

    public MemberFact getChild() { return child; }
    public MemberFact getParent() { return parent; }
    public HouseholdFact getHousehold() { return child.getHousehold(); }
}
