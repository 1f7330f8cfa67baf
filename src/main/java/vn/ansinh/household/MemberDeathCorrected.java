package vn.ansinh.household;

import java.time.LocalDate;

/**
 * Published when a recorded death is withdrawn as a mistake (the member lives): what the death stopped or opened is
 * reversed by the modules that reacted to {@link MemberDied}. A listener that cannot reverse it throws, and the
 * correction does not happen.
 */
public record MemberDeathCorrected(long householdId, long memberId, String communeCode, String districtCode,
                                   LocalDate formerDiedOn, String reason) {
}
