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
 * <p>The record's components are the JSON of the evaluation API, read by Jackson; Java code builds a member by name
 * through {@link #builder(String, LocalDate)}, never by position.
 */
public record MemberFacts(String id, LocalDate birthDate, Disability disability, OrphanCase orphanCase,
                          Boolean receivedChildAllowance, Boolean studying, Boolean hasPension,
                          Boolean hasMonthlySocialInsurance, Boolean hasObligedSupporter, Boolean singleParent,
                          Boolean hivPositive, List<String> meritCategories, Integer injuryRate,
                          Boolean caredForByHousehold, Boolean socialPensionRequested, LocalDate deceasedOn,
                          Boolean communityCareTakenIn, Boolean pregnant, List<String> parentIds) {

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

    /** Dead on or before {@code asOf}: not a living member, only a funeral-support candidate. */
    public boolean deadOn(LocalDate asOf) {
        return deceasedOn != null && asOf != null && !deceasedOn.isAfter(asOf);
    }

    /** A member with only an id and birth date; the other facts take their defaults. */
    public static MemberFacts of(String id, LocalDate birthDate) {
        return builder(id, birthDate).build();
    }

    /** A member built by name: {@code MemberFacts.builder("M1", born).disability(SEVERE).studying(true).build()}. */
    public static Builder builder(String id, LocalDate birthDate) {
        return new Builder(id, birthDate);
    }

    /** The one way Java code makes a member's facts; a fact not set takes its default (no, none, empty). */
    public static final class Builder {
        private final String id;
        private final LocalDate birthDate;
        private Disability disability;
        private OrphanCase orphanCase;
        private boolean receivedChildAllowance;
        private boolean studying;
        private boolean hasPension;
        private boolean hasMonthlySocialInsurance;
        private boolean hasObligedSupporter;
        private boolean singleParent;
        private boolean hivPositive;
        private List<String> meritCategories;
        private Integer injuryRate;
        private boolean caredForByHousehold;
        private boolean socialPensionRequested;
        private LocalDate deceasedOn;
        private boolean communityCareTakenIn;
        private boolean pregnant;
        private List<String> parentIds;

        private Builder(String id, LocalDate birthDate) {
            this.id = id;
            this.birthDate = birthDate;
        }

        public Builder disability(Disability v) { disability = v; return this; }
        public Builder orphanCase(OrphanCase v) { orphanCase = v; return this; }
        public Builder receivedChildAllowance(Boolean v) { receivedChildAllowance = Boolean.TRUE.equals(v); return this; }
        public Builder studying(Boolean v) { studying = Boolean.TRUE.equals(v); return this; }
        public Builder hasPension(Boolean v) { hasPension = Boolean.TRUE.equals(v); return this; }
        public Builder hasMonthlySocialInsurance(Boolean v) { hasMonthlySocialInsurance = Boolean.TRUE.equals(v); return this; }
        public Builder hasObligedSupporter(Boolean v) { hasObligedSupporter = Boolean.TRUE.equals(v); return this; }
        public Builder singleParent(Boolean v) { singleParent = Boolean.TRUE.equals(v); return this; }
        public Builder hivPositive(Boolean v) { hivPositive = Boolean.TRUE.equals(v); return this; }
        public Builder meritCategories(List<String> v) { meritCategories = v; return this; }
        public Builder injuryRate(Integer v) { injuryRate = v; return this; }
        public Builder caredForByHousehold(Boolean v) { caredForByHousehold = Boolean.TRUE.equals(v); return this; }
        public Builder socialPensionRequested(Boolean v) { socialPensionRequested = Boolean.TRUE.equals(v); return this; }
        public Builder deceasedOn(LocalDate v) { deceasedOn = v; return this; }
        public Builder communityCareTakenIn(Boolean v) { communityCareTakenIn = Boolean.TRUE.equals(v); return this; }
        public Builder pregnant(Boolean v) { pregnant = Boolean.TRUE.equals(v); return this; }
        public Builder parentIds(List<String> v) { parentIds = v; return this; }

        public MemberFacts build() {
            return new MemberFacts(id, birthDate, disability, orphanCase, receivedChildAllowance, studying, hasPension,
                    hasMonthlySocialInsurance, hasObligedSupporter, singleParent, hivPositive, meritCategories,
                    injuryRate, caredForByHousehold, socialPensionRequested, deceasedOn, communityCareTakenIn, pregnant,
                    parentIds);
        }
    }
}
