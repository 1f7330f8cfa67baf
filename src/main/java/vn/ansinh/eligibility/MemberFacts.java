package vn.ansinh.eligibility;

import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.OrphanCase;

import java.time.LocalDate;
import java.util.List;

/**
 * One member in an evaluation request (CONTRACT.md). {@code deceasedOn} (optional): the day the member died;
 * on or before asOf the member is no longer living for any program and is only judged for funeral support,
 * as of that day. {@code communityCareTakenIn} (optional): an elderly person eligible for a social-assistance facility
 * but taken in for care in the community (SA5d); {@code pregnant} (optional): care support §6.4. {@code parentIds}
 * (optional): the ids of this member's parents in the household; care support for a disabled parent counts only
 * the parent's own young children, and without a link presumes none.
 */
public record MemberFacts(String id, LocalDate birthDate, Disability disability, OrphanCase orphanCase,
                          Boolean receivedChildAllowance, Boolean studying, Boolean hasPension,
                          Boolean hasMonthlySocialInsurance, Boolean hasObligedSupporter, Boolean singleParent,
                          Boolean hivPositive, List<String> meritCategories, Integer injuryRate,
                          Boolean caredForByHousehold, Boolean socialPensionRequested, LocalDate deceasedOn,
                          Boolean communityCareTakenIn, Boolean pregnant, List<String> parentIds) {

    /** A member without a parent link; the form every caller used before {@code parentIds}. */
    public MemberFacts(String id, LocalDate birthDate, Disability disability, OrphanCase orphanCase,
                       Boolean receivedChildAllowance, Boolean studying, Boolean hasPension,
                       Boolean hasMonthlySocialInsurance, Boolean hasObligedSupporter, Boolean singleParent,
                       Boolean hivPositive, List<String> meritCategories, Integer injuryRate,
                       Boolean caredForByHousehold, Boolean socialPensionRequested, LocalDate deceasedOn,
                       Boolean communityCareTakenIn, Boolean pregnant) {
        this(id, birthDate, disability, orphanCase, receivedChildAllowance, studying, hasPension,
                hasMonthlySocialInsurance, hasObligedSupporter, singleParent, hivPositive, meritCategories,
                injuryRate, caredForByHousehold, socialPensionRequested, deceasedOn, communityCareTakenIn, pregnant, null);
    }

    /** A member without the SA5d / pregnancy facts; the form every caller used before them. */
    public MemberFacts(String id, LocalDate birthDate, Disability disability, OrphanCase orphanCase,
                       Boolean receivedChildAllowance, Boolean studying, Boolean hasPension,
                       Boolean hasMonthlySocialInsurance, Boolean hasObligedSupporter, Boolean singleParent,
                       Boolean hivPositive, List<String> meritCategories, Integer injuryRate,
                       Boolean caredForByHousehold, Boolean socialPensionRequested, LocalDate deceasedOn) {
        this(id, birthDate, disability, orphanCase, receivedChildAllowance, studying, hasPension,
                hasMonthlySocialInsurance, hasObligedSupporter, singleParent, hivPositive, meritCategories,
                injuryRate, caredForByHousehold, socialPensionRequested, deceasedOn, null, null);
    }

    /** A living member (no {@code deceasedOn}); the form every caller used before funeral support. */
    public MemberFacts(String id, LocalDate birthDate, Disability disability, OrphanCase orphanCase,
                       Boolean receivedChildAllowance, Boolean studying, Boolean hasPension,
                       Boolean hasMonthlySocialInsurance, Boolean hasObligedSupporter, Boolean singleParent,
                       Boolean hivPositive, List<String> meritCategories, Integer injuryRate,
                       Boolean caredForByHousehold, Boolean socialPensionRequested) {
        this(id, birthDate, disability, orphanCase, receivedChildAllowance, studying, hasPension,
                hasMonthlySocialInsurance, hasObligedSupporter, singleParent, hivPositive, meritCategories,
                injuryRate, caredForByHousehold, socialPensionRequested, null);
    }

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
        communityCareTakenIn = Boolean.TRUE.equals(communityCareTakenIn);
        pregnant = Boolean.TRUE.equals(pregnant);
        parentIds = parentIds == null ? List.of() : parentIds;
    }

    /** The same member with these parent links (registered households derive them from the relation to the head). */
    public MemberFacts withParents(List<String> parents) {
        return new MemberFacts(id, birthDate, disability, orphanCase, receivedChildAllowance, studying, hasPension,
                hasMonthlySocialInsurance, hasObligedSupporter, singleParent, hivPositive, meritCategories, injuryRate,
                caredForByHousehold, socialPensionRequested, deceasedOn, communityCareTakenIn, pregnant, parents);
    }

    /** A member with only an id and birth date; the other facts take their defaults. */
    /** Dead on or before {@code asOf}: not a living member, only a funeral-support candidate. */
    public boolean deadOn(LocalDate asOf) {
        return deceasedOn != null && asOf != null && !deceasedOn.isAfter(asOf);
    }

    public static MemberFacts of(String id, LocalDate birthDate) {
        return new MemberFacts(id, birthDate, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
