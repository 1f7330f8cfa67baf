package vn.ansinh.household;

import java.time.LocalDate;
import java.util.List;

public record MemberView(Long id, String fullName, Sex sex, LocalDate birthDate, Relation relation, String cccd,
                         Disability disability, List<String> meritCategories, Integer injuryRate,
                         OrphanCase orphanCase, boolean receivedChildAllowance, boolean studying, boolean hasPension,
                         boolean hasMonthlySocialInsurance, boolean hasObligedSupporter, boolean singleParent,
                         boolean hivPositive, boolean caredForByHousehold, boolean socialPensionRequested,
                         LocalDate deceasedOn, boolean pregnant, boolean communityCareTakenIn) {

    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    public boolean aliveOn(LocalDate day) {
        return deceasedOn == null || day.isBefore(deceasedOn);
    }
}
