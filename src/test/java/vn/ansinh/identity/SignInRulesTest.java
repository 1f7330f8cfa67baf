package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SignInRulesTest {

    private final LoginPolicy policy = new LoginPolicy(3, Duration.ofSeconds(1), 5, 20, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void waitsLongerAfterEachFailureThenLocks() {
        assertThat(policy.pairDelay(2)).isZero();
        assertThat(policy.pairDelay(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.pairDelay(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.pairDelay(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(policy.pairDelay(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void onlyOneAddressCannotReachTheAccountWideLockWithinAWindow() {
        assertThat(policy.userLockAfter()).isGreaterThan(policy.lockAfter());
    }

    private static boolean basic(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        return BasicCredentials.present(request);
    }

    private static String encoded(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesOnlyWellFormedBasicCredentials() {
        assertThat(basic("Basic " + encoded("policy:policy"))).isTrue();
        assertThat(basic("basic " + encoded("policy:"))).isTrue();
        assertThat(basic(null)).isFalse();
        assertThat(basic("Bearer x")).isFalse();
        assertThat(basic("Basic")).isFalse();
        assertThat(basic("Basic !!!")).isFalse();
        assertThat(basic("Basic " + encoded("no-colon"))).isFalse();
        assertThat(basic("Basic " + encoded(":password-only"))).isFalse();
    }
}
