package vn.ansinh.payment.entitlement;

/** Who an entitlement pays, as printed on the commune payment list; memberId is null for household grants. */
public record Beneficiary(long householdId, Long memberId, String name, String cccd, String communeCode, String districtCode) {
}
