package vn.ansinh.household;

/** A household's id and the commune and district it is registered in (bulk work that needs no more of it). */
public record HouseholdArea(long householdId, String communeCode, String districtCode) {
}
