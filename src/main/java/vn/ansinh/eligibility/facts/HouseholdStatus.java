package vn.ansinh.eligibility.facts;

/** Derived fact: the status social allowance and health insurance use (the official list, else the computed one). */
public record HouseholdStatus(HouseholdFact household, PovertyStatus status, boolean official) {

    public HouseholdFact getHousehold() { return household; }
    public PovertyStatus getStatus() { return status; }
    public boolean isOfficial() { return official; }
    public Params getParams() { return household.getParams(); }
}
