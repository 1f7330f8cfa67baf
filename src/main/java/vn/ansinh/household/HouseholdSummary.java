package vn.ansinh.household;

import vn.ansinh.geography.AreaType;

/**
 * One row of the register list. {@code matchedMember}: when a search found the household by a member's name or CCCD
 * rather than by the head, address or code, that member's name ("Khớp: …"); otherwise null.
 */
public record HouseholdSummary(Long id, String code, String headName, String address, String communeCode,
                               String village, AreaType area, PovertyStatus officialPovertyStatus, int memberCount,
                               String matchedMember) {

    public HouseholdSummary(Long id, String code, String headName, String address, String communeCode, String village,
                            AreaType area, PovertyStatus officialPovertyStatus, int memberCount) {
        this(id, code, headName, address, communeCode, village, area, officialPovertyStatus, memberCount, null);
    }

    HouseholdSummary matching(String member) {
        return new HouseholdSummary(id, code, headName, address, communeCode, village, area, officialPovertyStatus,
                memberCount, member);
    }
}
