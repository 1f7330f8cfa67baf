package vn.ansinh.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One dated survey of a household. */
public record AssessmentView(Long id, long householdId, LocalDate assessedOn, long monthlyIncomePerCapita,
                             List<String> deprivations, HousingCondition housingCondition,
                             boolean onProvincialMeritHousingList, LocalDate residenceRegisteredOn,
                             LocalDate separatedSince, boolean onPoorList2015, LocalDate priorHousingSupportOn,
                             boolean disasterDamaged, String recordedBy, Instant recordedAt) {
}
