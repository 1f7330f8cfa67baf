package vn.ansinh.eligibility;

import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.util.List;

/**
 * The household part of an evaluation request (CONTRACT.md); omitted booleans are false, omitted lists empty.
 * {@code especiallyDifficultArea}: the household lives in an ethnic-minority and mountainous commune/village with
 * especially difficult conditions (SA5b, SA7); there are none in Thái Bình, hence the default false.
 */
public record HouseholdFacts(String id, Area area, Long monthlyIncomePerCapita, List<String> deprivations,
                             PovertyStatus officialPovertyStatus, Boolean agricultural, HousingFacts housing,
                             List<MemberFacts> members, Boolean especiallyDifficultArea) {

    /** A household outside the especially difficult areas; the form every caller used before SA5b/SA7. */
    public HouseholdFacts(String id, Area area, Long monthlyIncomePerCapita, List<String> deprivations,
                          PovertyStatus officialPovertyStatus, Boolean agricultural, HousingFacts housing,
                          List<MemberFacts> members) {
        this(id, area, monthlyIncomePerCapita, deprivations, officialPovertyStatus, agricultural, housing, members,
                null);
    }

    public HouseholdFacts {
        deprivations = deprivations == null ? List.of() : deprivations;
        agricultural = agricultural != null && agricultural;
        housing = housing == null ? HousingFacts.SOUND : housing;
        members = members == null ? List.of() : members;
        especiallyDifficultArea = Boolean.TRUE.equals(especiallyDifficultArea);
    }
}
