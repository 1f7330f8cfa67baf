package vn.ansinh.household;

import java.time.LocalDate;

/** Published when the register first records a member's death (payments stop, funeral support opens). */
public record MemberDied(long householdId, long memberId, String fullName, String cccd, String communeCode,
                         String districtCode, LocalDate diedOn) {
}
