package vn.ansinh.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are slowed down and locked (see the README's security section).
 *
 * @param slowAfter      failures of one account from one address after which each further try must wait
 * @param firstDelay     the first wait; it doubles with every further failure until the lock
 * @param lockAfter      failures of one account from one address that lock that account from that address
 * @param addressLockAfter failures from one address, over all accounts, that lock the address (password spraying)
 * @param userLockAfter  failures of one account over all addresses that lock it everywhere; above what one address
 *                       can reach in a window, so one attacker address can never lock a user out everywhere
 * @param lockFor        how long a lock lasts
 * @param window         how long failures are remembered
 */
@ConfigurationProperties("ansinh.login")
public record LoginPolicy(int slowAfter, Duration firstDelay, int lockAfter, int addressLockAfter, int userLockAfter,
                          Duration lockFor, Duration window) {

    public LoginPolicy {
        slowAfter = slowAfter > 0 ? slowAfter : 3;
        firstDelay = firstDelay != null ? firstDelay : Duration.ofSeconds(1);
        lockAfter = lockAfter > 0 ? lockAfter : 5;
        addressLockAfter = addressLockAfter > 0 ? addressLockAfter : 20;
        userLockAfter = userLockAfter > 0 ? userLockAfter : 20;
        lockFor = lockFor != null ? lockFor : Duration.ofMinutes(15);
        window = window != null ? window : Duration.ofMinutes(15);
    }

    /** The wait after the given number of failures of one account from one address; zero for none. */
    Duration pairDelay(int failures) {
        if (failures >= lockAfter) {
            return lockFor;
        }
        if (failures < slowAfter) {
            return Duration.ZERO;
        }
        return firstDelay.multipliedBy(1L << Math.min(failures - slowAfter, 20));
    }
}
