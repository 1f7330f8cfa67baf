package vn.ansinh.eligibility.facts;

/** Derived fact: the classification the poverty rules computed for a household. */
public record PovertyClass(HouseholdFact household, PovertyStatus status, PoorSubtype subtype) {

    public HouseholdFact getHousehold() { return household; }
    public PovertyStatus getStatus() { return status; }
    public PoorSubtype getSubtype() { return subtype; }
}
