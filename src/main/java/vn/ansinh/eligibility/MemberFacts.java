package vn.ansinh.eligibility;

import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.OrphanCase;

import java.time.LocalDate;
import java.util.List;

/** One member in an evaluation request (CONTRACT.md). */
public record MemberFacts(String id, LocalDate birthDate, Disability disability, OrphanCase orphanCase,
                          Boolean receivedChildAllowance, Boolean studying, Boolean hasPension,
                          Boolean hasMonthlySocialInsurance, Boolean hasObligedSupporter, Boolean singleParent,
                          Boolean hivPositive, List<String> meritCategories, Integer injuryRate,
                          Boolean caredForByHousehold, Boolean socialPensionRequested) {

    public MemberFacts {
        disability = disability == null ? Disability.NONE : disability;
        receivedChildAllowance = Boolean.TRUE.equals(receivedChildAllowance);
        studying = Boolean.TRUE.equals(studying);
        hasPension = Boolean.TRUE.equals(hasPension);
        hasMonthlySocialInsurance = Boolean.TRUE.equals(hasMonthlySocialInsurance);
        hasObligedSupporter = Boolean.TRUE.equals(hasObligedSupporter);
        singleParent = Boolean.TRUE.equals(singleParent);
        hivPositive = Boolean.TRUE.equals(hivPositive);
        meritCategories = meritCategories == null ? List.of() : meritCategories;
        caredForByHousehold = Boolean.TRUE.equals(caredForByHousehold);
        socialPensionRequested = Boolean.TRUE.equals(socialPensionRequested);
    }

    /** A member with only an id and birth date; the other facts take their defaults. */
    public static MemberFacts of(String id, LocalDate birthDate) {
        return new MemberFacts(id, birthDate, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
