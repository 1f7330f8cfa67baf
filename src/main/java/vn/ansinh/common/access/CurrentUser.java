package vn.ansinh.common.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request. */
@Component
public class CurrentUser {

    public AppUserPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public Optional<AppUserPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public Jurisdiction jurisdiction() {
        return get().jurisdiction();
    }
}
