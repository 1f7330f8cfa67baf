package vn.ansinh.casework;

/** A commune officer opens a case for a household (and, for member programs, one member). */
public record OpenCase(long householdId, Long memberId, Program program, CaseKind kind,
                       String communeCode, String districtCode) {
}
