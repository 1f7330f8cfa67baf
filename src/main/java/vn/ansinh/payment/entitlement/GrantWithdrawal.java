package vn.ansinh.payment.entitlement;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A one-off grant not yet paid is withdrawn the same way whatever withdrew it (a member's removal, a death recorded by
 * mistake, an appeal): its planned line leaves a cycle still in review and is cancelled in an approved one, so the
 * payer is never handed it. Whether the grant may still be withdrawn is the caller's to decide ({@link #paidOrHandedOver}).
 */
@Component
class GrantWithdrawal {

    private final Entitlements entitlements;
    private final NamedParameterJdbcTemplate jdbc;

    GrantWithdrawal(Entitlements entitlements, NamedParameterJdbcTemplate jdbc) {
        this.entitlements = entitlements;
        this.jdbc = jdbc;
    }

    void withdraw(Entitlement grant) {
        grant.withdraw();
        entitlements.saveAndFlush(grant);
        var p = new MapSqlParameterSource("id", grant.getId());
        jdbc.update("""
                DELETE FROM payment_line l USING payment_cycle c
                 WHERE c.id = l.cycle_id AND c.status = 'GENERATED' AND l.entitlement_id = :id AND l.status = 'PLANNED'""", p);
        // what is left planned is in an approved cycle (an exported one the caller refused or skipped)
        jdbc.update("UPDATE payment_line SET status = 'CANCELLED', version = version + 1"
                + " WHERE entitlement_id = :id AND status = 'PLANNED'", p);
    }

    /** A line of the entitlement was paid, or is planned in a cycle already handed to the payer. */
    boolean paidOrHandedOver(long entitlementId) {
        Integer lines = jdbc.queryForObject("""
                SELECT count(*) FROM payment_line l JOIN payment_cycle c ON c.id = l.cycle_id
                 WHERE l.entitlement_id = :id
                   AND (l.status = 'PAID' OR (l.status = 'PLANNED' AND c.status IN ('EXPORTED', 'CLOSED')))""",
                new MapSqlParameterSource("id", entitlementId), Integer.class);
        return lines != null && lines > 0;
    }
}
