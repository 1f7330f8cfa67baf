package vn.ansinh.eligibility.engine;

import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HousingFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.OrphanCase;
import vn.ansinh.eligibility.facts.PovertyStatus;

import java.time.LocalDate;
import java.util.List;

/** Small builders for test households. */
final class Households {

    private Households() {
    }

    static HouseholdFacts household(Area area, long income, List<String> deprivations, PovertyStatus official,
                                    MemberFacts... members) {
        return new HouseholdFacts("T", area, income, deprivations, official, false, null, List.of(members));
    }

    static HouseholdFacts withHousing(HouseholdFacts h, HousingFacts housing) {
        return new HouseholdFacts(h.id(), h.area(), h.monthlyIncomePerCapita(), h.deprivations(),
                h.officialPovertyStatus(), h.agricultural(), housing, h.members());
    }

    static MemberFacts adult(String id) {
        return MemberFacts.of(id, LocalDate.of(1980, 1, 1));
    }

    static MemberFacts person(String id, LocalDate birth, Disability disability, OrphanCase orphan, boolean studying,
                              boolean receivedChildAllowance, boolean pension, boolean requested) {
        return MemberFacts.builder(id, birth).disability(disability).orphanCase(orphan)
                .receivedChildAllowance(receivedChildAllowance).studying(studying).hasPension(pension)
                .socialPensionRequested(requested).build();
    }

    /** Born so that the {@code age}-th birthday falls exactly on {@code asOf} (plus {@code days} later). */
    static LocalDate bornAged(int age, LocalDate asOf, int days) {
        return asOf.minusYears(age).plusDays(days);
    }
}
