package vn.ansinh.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.ansinh.identity.AppUserPrincipal;
import vn.ansinh.identity.CurrentUser;

/**
 * Writes every {@link AuditEvent} in its own transaction, so that a refused request (which rolls back its
 * own work) is still recorded.
 */
@Component
class AuditTrail {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AuditTrail(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEvent event) {
        AppUserPrincipal user = currentUser.find().orElse(null);
        jdbc.update("insert into audit_entry(username, role, jurisdiction, remote_addr, action, subject_type, subject_id, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                user == null ? "system" : user.username(),
                user == null ? null : user.role().name(),
                user == null ? null : user.jurisdiction().candidateGroup(),
                remoteAddress(), event.action(), event.subjectType(), event.subjectId(), event.detail());
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
