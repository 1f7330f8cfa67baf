package vn.ansinh.household;

import java.time.LocalDate;
import java.util.List;
import vn.ansinh.geography.AreaType;

/** A household as other modules and the API see it. */
public record HouseholdView(Long id, String code, String headName, String address, String communeCode,
                            String districtCode, String village, AreaType area, boolean agricultural,
                            PovertyStatus officialPovertyStatus, LocalDate officialStatusSince, long version,
                            List<MemberView> members, boolean especiallyDifficultArea) {
}
