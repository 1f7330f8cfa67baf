package vn.ansinh.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Calls a module's door directly as a demo user, as a request of theirs would (doors check the signed-in user's
 * role). Only around direct calls: a MockMvc request clears the thread's security context when it ends.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static void run(UserDetailsService users, String username, Runnable work) {
        as(users, username, () -> {
            work.run();
            return null;
        });
    }
}
