package vn.ansinh.eligibility;

import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.util.List;

/** The household part of an evaluation request (CONTRACT.md); omitted booleans are false, omitted lists empty. */
public record HouseholdFacts(String id, Area area, Long monthlyIncomePerCapita, List<String> deprivations,
                             PovertyStatus officialPovertyStatus, Boolean agricultural, HousingFacts housing,
                             List<MemberFacts> members) {

    public HouseholdFacts {
        deprivations = deprivations == null ? List.of() : deprivations;
        agricultural = agricultural != null && agricultural;
        housing = housing == null ? HousingFacts.SOUND : housing;
        members = members == null ? List.of() : members;
    }
}
