package vn.ansinh.casework;

import java.time.LocalDate;
import java.util.List;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HousingFacts;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.eligibility.facts.Area;
import vn.ansinh.eligibility.facts.Disability;
import vn.ansinh.eligibility.facts.HousingCondition;
import vn.ansinh.eligibility.facts.OrphanCase;
import vn.ansinh.eligibility.facts.PovertyStatus;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberView;

/**
 * A case's snapshot as the eligibility engine's facts, as of the case date: members born by and alive on
 * that date; the official status only when recognised on or before it (same reading as the register's).
 */
final class CaseFacts {

    private CaseFacts() {
    }

    static HouseholdFacts of(CaseSnapshot snapshot, LocalDate asOf) {
        HouseholdView h = snapshot.household();
        AssessmentView a = snapshot.assessment();
        List<MemberFacts> members = h.members().stream()
                .filter(m -> m.birthDate() != null && !m.birthDate().isAfter(asOf) && m.aliveOn(asOf))
                .map(CaseFacts::member).toList();
        PovertyStatus official = h.officialStatusSince() != null && !h.officialStatusSince().isAfter(asOf)
                && h.officialPovertyStatus() != null ? PovertyStatus.valueOf(h.officialPovertyStatus().name()) : null;
        HousingFacts housing = new HousingFacts(
                a.housingCondition() == null ? null : HousingCondition.valueOf(a.housingCondition().name()),
                a.onProvincialMeritHousingList(), a.residenceRegisteredOn(), a.separatedSince(), a.onPoorList2015(),
                a.priorHousingSupportOn(), a.disasterDamaged());
        return new HouseholdFacts(h.code(), Area.valueOf(h.area().name()), a.monthlyIncomePerCapita(),
                a.deprivations(), official, h.agricultural(), housing, members);
    }

    private static MemberFacts member(MemberView m) {
        return new MemberFacts(String.valueOf(m.id()), m.birthDate(),
                m.disability() == null ? null : Disability.valueOf(m.disability().name()),
                m.orphanCase() == null ? null : OrphanCase.valueOf(m.orphanCase().name()),
                m.receivedChildAllowance(), m.studying(), m.hasPension(), m.hasMonthlySocialInsurance(),
                m.hasObligedSupporter(), m.singleParent(), m.hivPositive(), m.meritCategories(), m.injuryRate(),
                m.caredForByHousehold(), m.socialPensionRequested());
    }
}
