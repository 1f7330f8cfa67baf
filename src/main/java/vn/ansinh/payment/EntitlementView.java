package vn.ansinh.payment;

import vn.ansinh.payment.entitlement.EndReason;
import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.EntitlementKind;
import vn.ansinh.payment.entitlement.EntitlementStatus;

import java.math.BigDecimal;
import java.util.List;

/** An entitlement with its amount history, as the API shows it. */
public record EntitlementView(long id, long householdId, Long memberId, String beneficiaryName, String communeCode,
                              String districtCode, String program, String category, EntitlementKind kind,
                              EntitlementStatus status, long grantAmount, String startMonth, String endMonth,
                              EndReason endReason, List<Period> amounts) {

    public record Period(String fromMonth, String toMonth, BigDecimal coefficient, Long fixedAmount) {
    }

    public static EntitlementView of(Entitlement e) {
        return new EntitlementView(e.getId(), e.getHouseholdId(), e.getMemberId(), e.getBeneficiaryName(), e.getCommuneCode(),
                e.getDistrictCode(), e.getProgram().name(), e.getCategory(), e.getKind(), e.getStatus(), e.getGrantAmount(),
                e.getStartMonth().toString(), e.getEndMonth() == null ? null : e.getEndMonth().toString(), e.getEndReason(),
                e.getAmounts().stream().map(a -> new Period(a.fromMonth().toString(),
                        a.toMonth() == null ? null : a.toMonth().toString(), a.coefficient(), a.fixedAmount())).toList());
    }
}
