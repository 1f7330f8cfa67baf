package vn.ansinh.household;

/** Where a household is registered: its id, register code, commune and district (bulk work: counts by area). */
public record HouseholdPlace(long id, String code, String communeCode, String districtCode) {
}
