package vn.ansinh.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;

/** The demo's seeding acts through the product's doors as a demo user would: their role over their area. */
final class DemoSignIn {

    private DemoSignIn() {
    }

    static <T> T as(String username, Role role, Jurisdiction where, Supplier<T> work) {
        AppUserPrincipal user = new AppUserPrincipal(username, "", username, role, where, true);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
