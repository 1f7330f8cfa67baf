package vn.ansinh.identity;

import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The door to sign-in locks: who is locked out now, and the administrator's unlock. Admin only. */
@Service
public class LoginLocks {

    /** A lock in force: {@code scope} is ACCOUNT_FROM_ADDRESS, ADDRESS or ACCOUNT; {@code key} what it locks. */
    public record LockView(String scope, String key, String username, String address, int failures, Instant until) {
    }

    private final LoginThrottle throttle;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;

    LoginLocks(LoginThrottle throttle, Permissions permissions, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.permissions = permissions;
        this.events = events;
    }

    public List<LockView> current() {
        mayAdminister("locks");
        return throttle.locks().stream().map(LoginLocks::view).toList();
    }

    /** Lifts every lock on the account (from every address and everywhere); returns how many were lifted. */
    public int unlockUser(String username) {
        mayAdminister(username);
        int lifted = throttle.unlockUser(username);
        events.publishEvent(LoginEvent.done("LOGIN_UNLOCKED", "user", LoginThrottle.part(username), lifted + " lock(s) lifted"));
        return lifted;
    }

    public int unlockAddress(String address) {
        mayAdminister(address);
        int lifted = throttle.unlockAddress(address);
        events.publishEvent(LoginEvent.done("LOGIN_UNLOCKED", "address", LoginThrottle.part(address), lifted + " lock(s) lifted"));
        return lifted;
    }

    private void mayAdminister(String subject) {
        permissions.require(Act.MANAGE_USERS, "login_lock", LoginThrottle.part(subject));
    }

    private static LockView view(LoginThrottle.Lock lock) {
        return switch (lock.kind()) {
            case USER -> new LockView("ACCOUNT", lock.key(), lock.key(), null, lock.failures(), lock.until());
            case ADDRESS -> new LockView("ADDRESS", lock.key(), null, lock.key(), lock.failures(), lock.until());
            case USER_ADDRESS -> {
                int at = lock.key().lastIndexOf(" @ ");
                yield new LockView("ACCOUNT_FROM_ADDRESS", lock.key(), lock.key().substring(0, at),
                        lock.key().substring(at + 3), lock.failures(), lock.until());
            }
        };
    }
}
