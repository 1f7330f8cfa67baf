package vn.ansinh.audit;

import vn.ansinh.common.audit.Audited;
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
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;

/** Writes every {@link Audited} event with who, role, jurisdiction and address to the append-only table. */
@Component
class AuditTrail {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

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
    public void record(Audited event) {
        boolean joinsTheChange = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && !event.refusal();
        if (joinsTheChange) {
            insert(event);
        } else {
            ownTransaction.executeWithoutResult(status -> insert(event));
        }
    }

    private void insert(Audited event) {
        AppUserPrincipal user = currentUser.find().orElse(null);
        HttpServletRequest request = currentRequest();
        String who = user != null ? user.username() : request != null ? ANONYMOUS : SYSTEM;
        jdbc.update("insert into audit_entry(username, role, jurisdiction, remote_addr, action, subject_type, subject_id,"
                        + " detail, refusal) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Bounded.fit(who, Bounded.USERNAME),
                user == null ? null : Bounded.fit(user.role().name(), Bounded.ROLE),
                user == null ? null : Bounded.fit(user.jurisdiction().candidateGroup(), Bounded.JURISDICTION),
                Bounded.fit(request == null ? null : request.getRemoteAddr(), Bounded.REMOTE_ADDR),
                Bounded.fit(event.action(), Bounded.ACTION), Bounded.fit(event.subjectType(), Bounded.SUBJECT_TYPE),
                Bounded.fit(event.subjectId(), Bounded.SUBJECT_ID), Bounded.fit(event.detail(), Bounded.DETAIL),
                event.refusal());
    }

    /**
     * The address is the server's view of the peer. {@code X-Forwarded-For} counts only when it came from a proxy
     * the configuration trusts: Tomcat's RemoteIpValve ({@code server.forward-headers-strategy=native},
     * {@code server.tomcat.remoteip.internal-proxies}) has then already put the client's address here.
     */
    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
