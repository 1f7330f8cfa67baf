package vn.ansinh.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.HomeSection;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Role;

/** The home page's accounts for the administrator: how many per role, and the sign-in locks in force. */
@Component
class UsersHome implements HomeSection {

    private final AppUsers users;
    private final LoginLocks locks;

    UsersHome(AppUsers users, LoginLocks locks) {
        this.users = users;
        this.locks = locks;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Card> cardFor(AppUserPrincipal user) {
        if (user.role() != Role.ADMIN) {
            return Optional.empty();
        }
        Map<String, Long> byRole = new LinkedHashMap<>();
        for (Object[] row : users.countByRole()) {
            byRole.put(((Role) row[0]).name(), (Long) row[1]);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("byRole", byRole);
        v.put("locks", locks.current().size());
        return Optional.of(new Card("identity/home", v));
    }
}
