package vn.ansinh.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one authentication provider, behind form login and HTTP Basic alike: refuses a locked account or address
 * before any password is checked, counts each wrong password, clears the account's count on success.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    /** Refused because of a lock or slow-down, whatever the password. */
    static class SignInPaused extends LockedException {
        final Instant until;

        SignInPaused(Instant until) {
            super("sign-in paused after repeated failures");
            this.until = until;
        }

        long secondsLeft() {
            return Math.max(0, Duration.between(Instant.now(), until).toSeconds() + 1);
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(DatabaseUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        var lock = throttle.lockFor(username, address);
        if (lock.isPresent()) {
            throttle.refusedWhileLocked(username, lock.get());
            throw new SignInPaused(lock.get().until());
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return done;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
