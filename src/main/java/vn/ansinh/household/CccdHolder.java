package vn.ansinh.household;

/** The member of the register holding a CCCD number, and their household. */
public record CccdHolder(long memberId, long householdId, String householdCode, String communeCode, String districtCode) {
}
