package vn.ansinh.household;

import java.time.LocalDate;

/** One living member at the end of a year, with the official status of their household then (for cross-tables). */
public record MemberYearFact(long memberId, String communeCode, String districtCode, String areaType,
                             PovertyStatus householdStatus, LocalDate birthDate, Sex sex, boolean merit,
                             Disability disability) {
}
