package vn.ansinh.eligibility;

import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.HousingCondition;
import vn.ansinh.eligibility.facts.OrphanCase;
import vn.ansinh.eligibility.facts.PovertyStatus;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberView;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered household's current data as the evaluation API's facts, as of a date: members born by that
 * date, those who died on or before it with their {@code deceasedOn} (the engine counts them for no program,
 * only for funeral support as of the day of death), each with the parent links its relation to the head states
 * ({@link ParentLinks}); income, deprivations and housing from the assessment; the official status only when
 * the commune recognised one on or before the date (otherwise the computed classification is used).
 */
public final class HouseholdFactsMapper {

    private HouseholdFactsMapper() {
    }

    public static HouseholdFacts toFacts(HouseholdView h, AssessmentView a, LocalDate asOf) {
        List<MemberView> present = h.members().stream()
                .filter(m -> m.birthDate() != null && !m.birthDate().isAfter(asOf))
                .toList();
        List<MemberFacts> members = present.stream()
                .map(m -> member(m, present))
                .toList();
        PovertyStatus official = h.officialStatusSince() != null && !h.officialStatusSince().isAfter(asOf)
                && h.officialPovertyStatus() != null ? PovertyStatus.valueOf(h.officialPovertyStatus().name()) : null;
        HousingFacts housing = new HousingFacts(
                a.housingCondition() == null ? null : HousingCondition.valueOf(a.housingCondition().name()),
                a.onProvincialMeritHousingList(), a.residenceRegisteredOn(), a.separatedSince(), a.onPoorList2015(),
                a.priorHousingSupportOn(), a.disasterDamaged());
        return new HouseholdFacts(h.code(), Area.valueOf(h.area().name()), a.monthlyIncomePerCapita(),
                a.deprivations(), official, h.agricultural(), housing, members, h.especiallyDifficultArea());
    }

    /** The one mapping of a registered member to the evaluation's facts, with the parent links its relation states. */
    private static MemberFacts member(MemberView m, List<MemberView> household) {
        MemberView.Health health = m.health();
        MemberView.Childhood child = m.childhood();
        MemberView.Livelihood living = m.livelihood();
        return MemberFacts.builder(String.valueOf(m.id()), m.birthDate())
                .deceasedOn(m.deceasedOn())
                .disability(health.disability() == null ? null : Disability.valueOf(health.disability().name()))
                .hivPositive(health.hivPositive())
                .pregnant(health.pregnant())
                .meritCategories(m.merit().meritCategories())
                .injuryRate(m.merit().injuryRate())
                .orphanCase(child.orphanCase() == null ? null : OrphanCase.valueOf(child.orphanCase().name()))
                .receivedChildAllowance(child.receivedChildAllowance())
                .studying(child.studying())
                .hasPension(living.hasPension())
                .hasMonthlySocialInsurance(living.hasMonthlySocialInsurance())
                .hasObligedSupporter(living.hasObligedSupporter())
                .singleParent(living.singleParent())
                .caredForByHousehold(living.caredForByHousehold())
                .socialPensionRequested(living.socialPensionRequested())
                .communityCareTakenIn(living.communityCareTakenIn())
                .parentIds(ParentLinks.of(m, household))
                .build();
    }
}
