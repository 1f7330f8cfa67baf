package vn.ansinh.payment.entitlement;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.ansinh.casework.AppealDecided;
import vn.ansinh.casework.Program;
import vn.ansinh.payment.PaymentStateException;

/**
 * An appeal that changed a decision reaches the case's entitlement, in the appeal's transaction and once per appeal
 * (the row of {@code payment_appeal_effect} keyed by the appeal refuses a second application of a repeated event):
 * START opens the entitlement from the month of the original decision, the months whose cycle already passed review
 * (paid without it) owed as arrears;
 * STOP ends a monthly allowance after the appeal's month (or withdraws a grant not yet paid, or records a paid one's
 * amount as owed back); ARREARS moves the
 * coefficient from the next month and owes the difference for the months from the start to the appeal's month.
 * Arrears owed are paid as one arrears line by the first cycle of the appeal's month or later.
 */
@Component
class AppealDecidedListener {

    private final EntitlementService service;
    private final Entitlements entitlements;
    private final CaseApprovedListener approvals;
    private final JdbcTemplate jdbc;

    AppealDecidedListener(EntitlementService service, Entitlements entitlements, CaseApprovedListener approvals,
                          JdbcTemplate jdbc) {
        this.service = service;
        this.entitlements = entitlements;
        this.approvals = approvals;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AppealDecided d) {
        int first = jdbc.update("""
                insert into payment_appeal_effect (appeal_id, case_id, effect, from_month) values (?, ?, ?, ?)
                on conflict (appeal_id) do nothing""", d.appealId(), d.caseId(), d.effect().name(), d.fromMonth().atDay(1));
        if (first == 0 || d.program() == Program.POVERTY_RECOGNITION) {
            return; // applied already; poverty recognition pays nothing
        }
        YearMonth decided = YearMonth.from(d.decidedOn());
        long monthsOwed = Math.max(0, ChronoUnit.MONTHS.between(d.fromMonth(), decided) + 1);
        Entitlement e;
        long arrears = 0;
        switch (d.effect()) {
            case START -> {
                Beneficiary who = approvals.beneficiary(d.householdId(), d.memberId(), d.communeCode());
                e = switch (d.program()) {
                    case MERIT_HOUSING, POOR_HOUSING, FUNERAL_SUPPORT -> Entitlement.oneOff(who, d.program(), d.category(),
                            d.grantAmount(), d.fromMonth(), EntitlementStatus.ACTIVE, d.caseId());
                    default -> d.coefficient() != null
                            ? Entitlement.monthly(who, d.program(), d.category(), d.coefficient(), d.fromMonth(), d.caseId())
                            : Entitlement.monthlyFixed(who, d.program(), d.category(), d.monthlyAmount(), d.fromMonth(), d.caseId());
                };
                e = service.open(e);
                if (e.getKind() == EntitlementKind.MONTHLY) {
                    // months whose cycle is past review were paid without it; cycles still in review take it on regeneration
                    monthsOwed = jdbc.queryForObject("""
                            select count(distinct month) from payment_cycle where district_code = ? and status <> 'GENERATED'
                               and month between ? and ?""", Long.class, e.getDistrictCode(), d.fromMonth().atDay(1),
                            decided.atDay(1));
                    arrears = d.monthlyAmount() * monthsOwed;
                }
            }
            case STOP -> {
                e = entitlements.findBySourceCaseId(d.caseId())
                        .orElseThrow(() -> new PaymentStateException("payment.error.entitlementNotActive", d.caseId()));
                // a grant already paid is owed back: kept as a negative amount, which no cycle pays
                arrears = -service.stopForAppeal(e, decided, d.appealId());
                monthsOwed = 0;
            }
            case ARREARS -> {
                e = entitlements.findBySourceCaseId(d.caseId())
                        .orElseThrow(() -> new PaymentStateException("payment.error.entitlementNotActive", d.caseId()));
                if (e.getKind() == EntitlementKind.MONTHLY) {
                    if (d.coefficient() != null) {
                        service.changeForAppeal(e, decided.plusMonths(1), d.coefficient(), d.appealId());
                    }
                    arrears = (d.monthlyAmount() - d.previousMonthlyAmount()) * monthsOwed;
                } else {
                    arrears = d.grantAmount() - d.previousGrantAmount();
                    monthsOwed = 0;
                }
            }
            default -> throw new IllegalStateException("effect " + d.effect());
        }
        jdbc.update("""
                update payment_appeal_effect set entitlement_id = ?, arrears_months = ?, arrears_amount = ?, arrears_month = ?
                 where appeal_id = ?""", e.getId(), arrears == 0 ? 0 : monthsOwed, arrears, decided.atDay(1), d.appealId());
    }
}
