package vn.ansinh.payment.entitlement;

import vn.ansinh.payment.PaymentAudit;
import vn.ansinh.payment.access.PaymentScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.casework.Program;
import vn.ansinh.common.access.Act;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Opens and stops entitlements; a death stops the member's monthly lines. The acts of a user check the area and
 * role first ({@link Act#CHANGE_ENTITLEMENT}); opening one and reacting to a death follow acts already checked
 * elsewhere (a case approved, a death recorded).
 */
@Service
public class EntitlementService {

    private final Entitlements entitlements;
    private final NamedParameterJdbcTemplate jdbc;
    private final PaymentAudit audit;
    private final PaymentScope scope;
    private final GrantWithdrawal grants;

    EntitlementService(Entitlements entitlements, NamedParameterJdbcTemplate jdbc, PaymentAudit audit, PaymentScope scope,
                       GrantWithdrawal grants) {
        this.scope = scope;
        this.grants = grants;
        this.entitlements = entitlements;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public Entitlement open(Entitlement entitlement) {
        Optional<Entitlement> existing = Optional.ofNullable(entitlement.getSourceCaseId()).flatMap(entitlements::findBySourceCaseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (entitlement.getProgram() == Program.FUNERAL_SUPPORT && entitlement.getMemberId() != null) {
            // a second funeral case approved for the same death (one opened by hand after the first): still one grant
            Optional<Entitlement> active = entitlements.findFirstByMemberIdAndProgramAndStatus(entitlement.getMemberId(),
                    Program.FUNERAL_SUPPORT, EntitlementStatus.ACTIVE);
            if (active.isPresent()) {
                return active.get();
            }
        }
        supersedeEarlierAllowance(entitlement);
        Entitlement saved = entitlements.saveAndFlush(entitlement);
        audit.record("ENTITLEMENT_OPENED", "Entitlement", saved.getId(),
                saved.getProgram() + " " + saved.getCategory() + " from " + saved.getStartMonth() + " case=" + saved.getSourceCaseId());
        return saved;
    }

    /**
     * A person holds one monthly allowance of a program at a time: a later decision for the same member and program
     * (a case re-assessed after an appeal sent it back, a new request) replaces the one paid so far, which stops after
     * the month before the new one starts — never both paid for the same month.
     */
    private void supersedeEarlierAllowance(Entitlement next) {
        if (next.getKind() != EntitlementKind.MONTHLY || next.getMemberId() == null) {
            return;
        }
        for (Entitlement earlier : entitlements.findByMemberIdAndProgramAndStatusIn(next.getMemberId(), next.getProgram(),
                List.of(EntitlementStatus.ACTIVE))) {
            if (earlier.getKind() != EntitlementKind.MONTHLY) {
                continue;
            }
            YearMonth lastPaid = next.getStartMonth().minusMonths(1);
            earlier.stopAfter(lastPaid, EndReason.SUPERSEDED);
            entitlements.saveAndFlush(earlier);
            dropLinesAfter(List.of(earlier.getId()), earlier.getEndMonth());
            audit.record("ENTITLEMENT_STOPPED", "Entitlement", earlier.getId(), "SUPERSEDED by case "
                    + next.getSourceCaseId() + " after " + earlier.getEndMonth());
        }
    }

    @Transactional
    public void stop(long entitlementId, YearMonth lastPaidMonth, EndReason reason) {
        Entitlement e = scope.actionableEntitlement(entitlementId, Act.CHANGE_ENTITLEMENT);
        e.stopAfter(lastPaidMonth, reason);
        entitlements.saveAndFlush(e);
        dropLinesAfter(List.of(e.getId()), lastPaidMonth);
        audit.record("ENTITLEMENT_STOPPED", "Entitlement", e.getId(), reason + " after " + lastPaidMonth);
    }

    /** A new coefficient from a month on (e.g. a birthday moves the person to another category), audited. */
    @Transactional
    public void changeCoefficient(long entitlementId, YearMonth from, java.math.BigDecimal coefficient) {
        Entitlement e = scope.actionableEntitlement(entitlementId, Act.CHANGE_ENTITLEMENT);
        e.changeCoefficient(from, coefficient);
        entitlements.saveAndFlush(e);
        audit.record("ENTITLEMENT_COEFFICIENT_CHANGED", "Entitlement", entitlementId, coefficient + " from " + from);
    }

    /**
     * Monthly allowances stop from the month after the death (POLICY.md §6.7); returns the ids of those stopped.
     * Funeral support is not payment's to open: casework opens its case, and its approval opens the grant.
     */
    @Transactional
    public List<Long> memberDied(long memberId, LocalDate diedOn) {
        List<Long> ids = stopMonthlyAfter(memberId, YearMonth.from(diedOn), EndReason.DEATH);
        ids.forEach(id -> audit.record("ENTITLEMENT_STOPPED", "Entitlement", id, "DEATH on " + diedOn));
        return ids;
    }

    /** The member's active monthly allowances stop after {@code lastPaidMonth}, their later planned lines dropped. */
    private List<Long> stopMonthlyAfter(long memberId, YearMonth lastPaidMonth, EndReason reason) {
        List<Entitlement> active = entitlements.findByMemberIdAndKindAndStatus(memberId, EntitlementKind.MONTHLY,
                EntitlementStatus.ACTIVE);
        active.forEach(e -> e.stopAfter(lastPaidMonth, reason));
        entitlements.saveAllAndFlush(active);
        List<Long> ids = active.stream().map(Entitlement::getId).toList();
        dropLinesAfter(ids, lastPaidMonth);
        return ids;
    }

    /**
     * The member was removed from the household: their monthly allowances stop after the month of the removal (planned
     * lines after it dropped), a one-off grant not yet paid nor handed to the payer is withdrawn (its planned line
     * dropped). Audited. A second delivery of the same removal finds nothing active and changes nothing.
     */
    @Transactional
    public void memberLeftHousehold(long memberId, LocalDate removedOn, String reason) {
        YearMonth month = YearMonth.from(removedOn);
        List<Long> ids = stopMonthlyAfter(memberId, month, EndReason.LEFT_HOUSEHOLD);
        ids.forEach(id -> audit.record("ENTITLEMENT_STOPPED", "Entitlement", id, "LEFT_HOUSEHOLD on " + removedOn
                + " after " + month + ": " + reason));
        for (EntitlementStatus status : List.of(EntitlementStatus.PENDING_APPROVAL, EntitlementStatus.ACTIVE)) {
            for (Entitlement grant : entitlements.findByMemberIdAndKindAndStatus(memberId, EntitlementKind.ONE_OFF, status)) {
                if (grants.paidOrHandedOver(grant.getId())) {
                    continue;
                }
                grants.withdraw(grant);
                audit.record("ENTITLEMENT_WITHDRAWN", "Entitlement", grant.getId(), grant.getProgram()
                        + ": member left the household on " + removedOn + ": " + reason);
            }
        }
    }

    /**
     * An appeal changed the decision to "not entitled": a monthly allowance stops after {@code lastPaidMonth} (its
     * planned lines after it dropped), a grant not yet paid is withdrawn as a removal withdraws one (its planned line
     * leaves a cycle in review, is cancelled in an approved one). A grant already paid or handed to the payer cannot be
     * taken back by withdrawing it: it stays as it is and its amount is owed back (returned, audited). Audited.
     *
     * @return the amount the household owes back, 0 when nothing was paid that the appeal refused
     */
    @Transactional
    long stopForAppeal(Entitlement e, YearMonth lastPaidMonth, long appealId) {
        if (e.getKind() == EntitlementKind.ONE_OFF) {
            if (grants.paidOrHandedOver(e.getId())) {
                audit.record("ENTITLEMENT_RECOVERY_OWED", "Entitlement", e.getId(), "appeal " + appealId
                        + ": paid " + e.getGrantAmount());
                return e.getGrantAmount();
            }
            grants.withdraw(e);
            audit.record("ENTITLEMENT_WITHDRAWN", "Entitlement", e.getId(), "appeal " + appealId);
            return 0;
        }
        e.stopAfter(lastPaidMonth, EndReason.OTHER);
        entitlements.saveAndFlush(e);
        dropLinesAfter(List.of(e.getId()), lastPaidMonth);
        audit.record("ENTITLEMENT_STOPPED", "Entitlement", e.getId(), "appeal " + appealId + " after " + lastPaidMonth);
        return 0;
    }

    /** An appeal changed the decided coefficient: the new one applies from {@code from}. Audited. */
    @Transactional
    void changeForAppeal(Entitlement e, YearMonth from, java.math.BigDecimal coefficient, long appealId) {
        e.changeCoefficient(from, coefficient);
        entitlements.saveAndFlush(e);
        audit.record("ENTITLEMENT_COEFFICIENT_CHANGED", "Entitlement", e.getId(), "appeal " + appealId + ": "
                + coefficient + " from " + from);
    }

    /** Planned lines after the last paid month: removed from cycles still in review, cancelled in approved ones. */
    private void dropLinesAfter(List<Long> entitlementIds, YearMonth lastPaidMonth) {
        if (entitlementIds.isEmpty()) {
            return;
        }
        var p = new MapSqlParameterSource("ids", entitlementIds).addValue("month", lastPaidMonth.atDay(1));
        jdbc.update("""
                DELETE FROM payment_line l USING payment_cycle c
                 WHERE c.id = l.cycle_id AND c.status = 'GENERATED' AND l.entitlement_id IN (:ids)
                   AND l.month > :month AND l.kind = 'MONTHLY' AND l.status = 'PLANNED'""", p);
        jdbc.update("""
                UPDATE payment_line SET status = 'CANCELLED', version = version + 1
                 WHERE entitlement_id IN (:ids) AND month > :month AND kind = 'MONTHLY' AND status = 'PLANNED'""", p);
    }
}
