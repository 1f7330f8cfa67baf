package vn.ansinh.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.HomeSection;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Role;

/** The home page's audit trail for the administrator: the latest entries, refusals marked. */
@Component
class AuditHome implements HomeSection {

    static final int LATEST = 8;

    private final AuditEntries entries;

    AuditHome(AuditEntries entries) {
        this.entries = entries;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Card> cardFor(AppUserPrincipal user) {
        if (user.role() != Role.ADMIN) {
            return Optional.empty();
        }
        List<AuditEntry> latest = entries.page(AuditQuery.everything().normalised(), LATEST);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("entries", latest);
        v.put("refusals", latest.stream().filter(AuditEntry::refusal).count());
        return Optional.of(new Card("audit/home", v));
    }
}
