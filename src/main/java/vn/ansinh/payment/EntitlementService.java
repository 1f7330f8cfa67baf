package vn.ansinh.payment;

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
 * Opens, stops and approves entitlements; a death stops monthly lines and opens funeral support for approval.
 * The acts of a user check the area and role first ({@link Act#CHANGE_ENTITLEMENT}, {@link Act#DECIDE_GRANT});
 * opening one and reacting to a death follow acts already checked elsewhere (a case approved, a death recorded).
 */
@Service
class EntitlementService {

    private final Entitlements entitlements;
    private final BaseLevels baseLevels;
    private final NamedParameterJdbcTemplate jdbc;
    private final PaymentAudit audit;
    private final FuneralCases funeralCases;
    private final PaymentScope scope;

    EntitlementService(Entitlements entitlements, BaseLevels baseLevels, NamedParameterJdbcTemplate jdbc, PaymentAudit audit,
                       FuneralCases funeralCases, PaymentScope scope) {
        this.scope = scope;
        this.entitlements = entitlements;
        this.baseLevels = baseLevels;
        this.jdbc = jdbc;
        this.audit = audit;
        this.funeralCases = funeralCases;
    }

    @Transactional
    public Entitlement open(Entitlement entitlement) {
        Optional<Entitlement> existing = Optional.ofNullable(entitlement.getSourceCaseId()).flatMap(entitlements::findBySourceCaseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (entitlement.getProgram() == Program.FUNERAL_SUPPORT && entitlement.getMemberId() != null) {
            // The death already opened it pending; an approved funeral case approves that one, never a second grant.
            Optional<Entitlement> pending = entitlements.findFirstByMemberIdAndProgramAndStatus(entitlement.getMemberId(),
                    Program.FUNERAL_SUPPORT, EntitlementStatus.PENDING_APPROVAL);
            if (pending.isPresent()) {
                record(pending.get(), true);
                return pending.get();
            }
            // approved directly on the entitlements page before the case: still one grant
            Optional<Entitlement> active = entitlements.findFirstByMemberIdAndProgramAndStatus(entitlement.getMemberId(),
                    Program.FUNERAL_SUPPORT, EntitlementStatus.ACTIVE);
            if (active.isPresent()) {
                return active.get();
            }
        }
        Entitlement saved = entitlements.saveAndFlush(entitlement);
        audit.record("ENTITLEMENT_OPENED", "Entitlement", saved.getId(),
                saved.getProgram() + " " + saved.getCategory() + " from " + saved.getStartMonth() + " case=" + saved.getSourceCaseId());
        return saved;
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

    /** What a death did; {@code funeralCaseId} is the funeral-support case opened for approval. */
    public record DeathOutcome(List<Long> stopped, Long funeralEntitlementId, Long funeralCaseId) {
    }

    /**
     * Monthly allowances stop from the month after the death (POLICY.md §6.7); a beneficiary of a monthly
     * social allowance gets funeral support (§6.5), opened PENDING_APPROVAL together with a FUNERAL_SUPPORT case
     * (issue 5: "as a case for approval"); approving the case activates this entitlement ({@link #open}).
     */
    @Transactional
    public DeathOutcome memberDied(Beneficiary member, LocalDate diedOn) {
        YearMonth deathMonth = YearMonth.from(diedOn);
        List<Entitlement> active = entitlements.findByMemberIdAndKindAndStatus(member.memberId(), EntitlementKind.MONTHLY,
                EntitlementStatus.ACTIVE);
        active.forEach(e -> e.stopAfter(deathMonth, EndReason.DEATH));
        entitlements.saveAllAndFlush(active);
        List<Long> ids = active.stream().map(Entitlement::getId).toList();
        dropLinesAfter(ids, deathMonth);
        ids.forEach(id -> audit.record("ENTITLEMENT_STOPPED", "Entitlement", id, "DEATH on " + diedOn));
        boolean wasBeneficiary = active.stream().anyMatch(e -> e.getProgram() == Program.SOCIAL_ALLOWANCE);
        Long funeralId = null;
        Long caseId = null;
        if (wasBeneficiary && !entitlements.existsByMemberIdAndProgramAndStatusNot(member.memberId(),
                Program.FUNERAL_SUPPORT, EntitlementStatus.REJECTED)) {
            Entitlement funeral = Entitlement.oneOff(member, Program.FUNERAL_SUPPORT, "MAI_TANG",
                    baseLevels.funeralSupport(diedOn), deathMonth, EntitlementStatus.PENDING_APPROVAL, null);
            funeralId = entitlements.saveAndFlush(funeral).getId();
            audit.record("ENTITLEMENT_OPENED", "Entitlement", funeralId,
                    "FUNERAL_SUPPORT pending approval, died " + diedOn + " amount " + funeral.getGrantAmount());
            caseId = funeralCases.open(member);
        }
        return new DeathOutcome(ids, funeralId, caseId);
    }

    /** The district's approver approves or rejects a grant waiting for approval. */
    @Transactional
    public void decide(long entitlementId, boolean approve) {
        record(scope.actionableEntitlement(entitlementId, Act.DECIDE_GRANT), approve);
    }

    private void record(Entitlement e, boolean approve) {
        long entitlementId = e.getId();
        if (approve) {
            e.approve();
        } else {
            e.reject();
        }
        entitlements.saveAndFlush(e);
        audit.record(approve ? "ENTITLEMENT_APPROVED" : "ENTITLEMENT_REJECTED", "Entitlement", entitlementId, e.getProgram().name());
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
