package vn.ansinh.household;

/**
 * One household as the register knew it at the end of a year: its official status then and at the end of the year
 * before, whether it had ever been poor or near-poor before, and counts of its living members by the groups the plan
 * tracker measures.
 *
 * @param insuredByGroup members in a group whose health insurance the state or a fund pays, regardless of household
 *                       status (children under 6, people with merit and relatives, pensioners, monthly allowances)
 */
public record HouseholdYearFact(long householdId, String code, String headName, String communeCode, String districtCode, String areaType,
                                PovertyStatus status, PovertyStatus statusAtStart, boolean poorBefore,
                                boolean nearPoorBefore, int members, int meritMembers, int allowanceRecipients,
                                int elderlyAllowanceRecipients, int insuredByGroup) {

    public boolean merit() {
        return meritMembers > 0;
    }

    public boolean poor() {
        return status == PovertyStatus.POOR;
    }

    public boolean nearPoor() {
        return status == PovertyStatus.NEAR_POOR;
    }
}
