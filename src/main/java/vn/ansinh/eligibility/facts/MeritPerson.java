package vn.ansinh.eligibility.facts;

import java.util.List;

/** Derived fact: a member holding at least one recognised merit or relative code (POLICY.md §7). */
public record MeritPerson(MemberFact member) {

    public MemberFact getMember() { return member; }
    public HouseholdFact getHousehold() { return member.getHousehold(); }
    public List<String> getCodes() { return member.getMeritCategories(); }
    public Params getParams() { return member.getParams(); }
}
