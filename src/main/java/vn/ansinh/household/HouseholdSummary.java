package vn.ansinh.household;

import vn.ansinh.geography.AreaType;

/** One row of the register list. */
public record HouseholdSummary(Long id, String code, String headName, String address, String communeCode,
                               String village, AreaType area, PovertyStatus officialPovertyStatus, int memberCount) {
}
