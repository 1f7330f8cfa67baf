package vn.ansinh.eligibility;

import vn.ansinh.eligibility.facts.HousingCondition;

import java.time.LocalDate;

/** Housing facts of a household (CONTRACT.md); omitted means a sound house. */
public record HousingFacts(HousingCondition condition, Boolean onProvincialMeritHousingList,
                           LocalDate residenceRegisteredOn, LocalDate separatedSince, Boolean onPoorList2015,
                           LocalDate priorHousingSupportOn, Boolean disasterDamaged) {

    public static final HousingFacts SOUND = new HousingFacts(HousingCondition.SOUND, false, null, null, false, null, false);

    public HousingFacts {
        condition = condition == null ? HousingCondition.SOUND : condition;
        onProvincialMeritHousingList = onProvincialMeritHousingList != null && onProvincialMeritHousingList;
        onPoorList2015 = onPoorList2015 != null && onPoorList2015;
        disasterDamaged = disasterDamaged != null && disasterDamaged;
    }
}
