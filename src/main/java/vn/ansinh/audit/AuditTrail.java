package vn.ansinh.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.ansinh.identity.AppUserPrincipal;
import vn.ansinh.identity.CurrentUser;

/** Writes every {@link AuditEvent} with who, role, jurisdiction and address to the append-only table. */
@Component
class AuditTrail {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final TransactionTemplate ownTransaction;

    AuditTrail(JdbcTemplate jdbc, CurrentUser currentUser, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A change is recorded in the transaction that makes it, so the entry exists exactly when the change does
     * (a lost race is never audited as done) and costs no extra commit. A refusal, or an event outside a
     * writing transaction, is recorded in a transaction of its own: the refused request rolls back its work,
     * but the attempt stays on record.
     */
    @EventListener
    public void record(AuditEvent event) {
        boolean joinsTheChange = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && !event.refusal();
        if (joinsTheChange) {
            insert(event);
        } else {
            ownTransaction.executeWithoutResult(status -> insert(event));
        }
    }

    private void insert(AuditEvent event) {
        AppUserPrincipal user = currentUser.find().orElse(null);
        jdbc.update("insert into audit_entry(username, role, jurisdiction, remote_addr, action, subject_type, subject_id, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                user == null ? "system" : user.username(),
                user == null ? null : user.role().name(),
                user == null ? null : user.jurisdiction().candidateGroup(),
                fit(remoteAddress(), 64), event.action(), fit(event.subjectType(), 40), fit(event.subjectId(), 80), event.detail());
    }

    /** What a caller sent (a forged header, a 10.000-character id) is recorded cut to its column, never refused. */
    private static String fit(String value, int column) {
        String clean = value == null ? null : value.replace('\u0000', '\uFFFD');
        return clean == null || clean.length() <= column ? clean : clean.substring(0, column - 1) + "…";
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String forwarded = request.getHeader("X-Forwarded-For");
            return forwarded != null ? forwarded.split(",")[0].trim() : request.getRemoteAddr();
        }
        return null;
    }
}
