package vn.ansinh.household;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/**
 * One member as the register shows it: who the person is, then the facts programs look at, grouped by what they are
 * about ({@link Health}, {@link Merit}, {@link Childhood}, {@link Livelihood}). The groups are unwrapped in JSON, so
 * the household API and a case's stored snapshot keep one flat object per member.
 */
public record MemberView(Long id, String fullName, Sex sex, LocalDate birthDate, Relation relation, String cccd,
                         LocalDate deceasedOn, @JsonUnwrapped Health health, @JsonUnwrapped Merit merit,
                         @JsonUnwrapped Childhood childhood, @JsonUnwrapped Livelihood livelihood) {

    /** Disability, HIV, pregnancy. */
    public record Health(Disability disability, boolean hivPositive, boolean pregnant) {
    }

    /** Người có công: the merit categories held and, for the war-wounded, the injury rate in percent. */
    public record Merit(List<String> meritCategories, Integer injuryRate) {
        public Merit {
            meritCategories = meritCategories == null ? List.of() : List.copyOf(meritCategories);
        }
    }

    /** A child's situation: without a source of care (and which case), a child allowance received, still studying. */
    public record Childhood(OrphanCase orphanCase, boolean receivedChildAllowance, boolean studying) {
    }

    /**
     * What the person lives on and who looks after them: pension, monthly social insurance, someone obliged to
     * support them, single parent; cared for by the household, a social pension requested, taken in for care in the
     * community.
     */
    public record Livelihood(boolean hasPension, boolean hasMonthlySocialInsurance, boolean hasObligedSupporter,
                             boolean singleParent, boolean caredForByHousehold, boolean socialPensionRequested,
                             boolean communityCareTakenIn) {
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    public boolean aliveOn(LocalDate day) {
        return deceasedOn == null || day.isBefore(deceasedOn);
    }
}
