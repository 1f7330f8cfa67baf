package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.PaymentAudit;

import java.time.YearMonth;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.Program;
import vn.ansinh.common.ConflictException;
import vn.ansinh.household.MemberDeathCorrected;

/**
 * A death recorded by mistake is withdrawn: what payment did for it is reversed in the correction's transaction.
 * Monthly allowances stopped for the death run on (their cancelled lines in cycles not yet exported are planned
 * again; a cycle still in review gets the removed ones back when regenerated); a funeral grant not yet paid is
 * withdrawn (casework withdraws its case). Funeral support already paid, or handed to the payer in an exported
 * cycle, cannot be undone here: the correction is refused (409) and, the transaction rolled back, nothing changes.
 */
@Component
class DeathCorrections {

    private final Entitlements entitlements;
    private final NamedParameterJdbcTemplate jdbc;
    private final PaymentAudit audit;
    private final MessageSource messages;
    private final GrantWithdrawal withdrawal;

    DeathCorrections(Entitlements entitlements, NamedParameterJdbcTemplate jdbc, PaymentAudit audit, MessageSource messages,
                     GrantWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
        this.entitlements = entitlements;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    @EventListener
    @Transactional
    void on(MemberDeathCorrected correction) {
        List<Entitlement> grants = entitlements.findByMemberIdAndProgramAndStatusIn(correction.memberId(),
                Program.FUNERAL_SUPPORT, List.of(EntitlementStatus.ACTIVE));
        for (Entitlement grant : grants) {
            if (withdrawal.paidOrHandedOver(grant.getId())) {
                throw new ConflictException(messages.getMessage("payment.deathCorrection.funeralPaid", null,
                        LocaleContextHolder.getLocale()));
            }
        }
        for (Entitlement stopped : entitlements.findByMemberIdAndKindAndStatus(correction.memberId(),
                EntitlementKind.MONTHLY, EntitlementStatus.ENDED)) {
            if (stopped.getEndReason() == EndReason.DEATH) {
                YearMonth lastPaid = stopped.getEndMonth();
                stopped.restoreAfterDeathWithdrawn();
                entitlements.saveAndFlush(stopped);
                int replanned = replanCancelledMonths(stopped.getId(), lastPaid);
                audit.record("ENTITLEMENT_RESTORED", "Entitlement", stopped.getId(), "death on "
                        + correction.formerDiedOn() + " withdrawn; " + replanned + " cancelled lines planned again");
            }
        }
        for (Entitlement grant : grants) {
            withdrawal.withdraw(grant);
            audit.record("ENTITLEMENT_WITHDRAWN", "Entitlement", grant.getId(),
                    "FUNERAL_SUPPORT: death on " + correction.formerDiedOn() + " withdrawn: " + correction.reason());
        }
    }

    private int replanCancelledMonths(long entitlementId, YearMonth lastPaid) {
        return jdbc.update("""
                UPDATE payment_line l SET status = 'PLANNED', version = l.version + 1 FROM payment_cycle c
                 WHERE c.id = l.cycle_id AND c.status IN ('GENERATED', 'APPROVED') AND l.entitlement_id = :id
                   AND l.month > :month AND l.kind = 'MONTHLY' AND l.status = 'CANCELLED'""",
                new MapSqlParameterSource("id", entitlementId).addValue("month", lastPaid.atDay(1)));
    }
}
