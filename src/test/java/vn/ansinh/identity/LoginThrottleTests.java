package vn.ansinh.identity;

import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ansinh.support.IntegrationTest;

/**
 * Failed sign-ins slow down, then lock, per account and address, in the database; both HTTP Basic and the login
 * form count. Each test uses its own account and its own addresses (TEST-NET 192.0.2.x / 198.51.100.x), so the
 * shared context's demo logins from 127.0.0.1 are never locked. "Time passes" by moving the stored times back.
 */
class LoginThrottleTests extends IntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "Dung-Mat-Khau-2026";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService users;

    private String newAccount() {
        String username = "throttle." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        accounts.createIfAbsent(username, PASSWORD, "Người thử khóa", Role.COMMUNE_OFFICER, Jurisdiction.commune("12466"));
        return username;
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int signIn(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/households").with(httpBasic(username, password)).with(from(address)))
                .andReturn().getResponse().getStatus();
    }

    /** The attacker waits out each short slow-down (but not a lock): the strongest patient guesser. */
    private void waitOutSlowDown(String username, String address) {
        jdbc.update("update login_throttle set locked_until = now() where key_kind = 'USER_ADDRESS' and key_value = ?"
                + " and locked_until < now() + interval '1 minute'", LoginThrottle.pair(username, address));
    }

    private void letTimePass(int minutes, String... keys) {
        for (String key : keys) {
            jdbc.update("update login_throttle set window_start = window_start - make_interval(mins => ?),"
                    + " last_failure = last_failure - make_interval(mins => ?), locked_until = locked_until - make_interval(mins => ?)"
                    + " where key_value = ? or key_value like ?", minutes, minutes, minutes, key, key + " @ %");
        }
    }

    private int audited(String action, String subject) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?",
                Integer.class, action, subject);
    }

    private void lockOut(String username, String address) throws Exception {
        for (int i = 0; i < 5; i++) {
            waitOutSlowDown(username, address);
            assertThat(signIn(username, "wrong-" + i, address)).isEqualTo(401);
        }
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(401);
    }

    @Test
    void thirtyWrongPasswordsInARowAreFollowedByARefusalOfTheRightOne() throws Exception {
        String username = newAccount();
        String attacker = "192.0.2.10";
        assertThat(signIn(username, PASSWORD, attacker)).isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            assertThat(signIn(username, "guess-" + i, attacker)).isEqualTo(401);
        }
        assertThat(signIn(username, PASSWORD, attacker)).as("slowed down after 3 failures").isEqualTo(401);
        assertThat(mvc.perform(get("/api/households").with(httpBasic(username, PASSWORD)).with(from(attacker)))
                .andReturn().getResponse().getHeader("Retry-After")).as("seconds to wait").isIn("1", "2");
        for (int i = 3; i < 30; i++) {
            waitOutSlowDown(username, attacker);
            assertThat(signIn(username, "guess-" + i, attacker)).isEqualTo(401);
        }
        waitOutSlowDown(username, attacker);
        assertThat(signIn(username, PASSWORD, attacker)).as("locked after 5 failures").isEqualTo(401);

        assertThat(audited("LOGIN_FAILED", username)).as("only checked passwords count").isEqualTo(5);
        assertThat(audited("LOGIN_LOCKED", username)).isEqualTo(1);
        assertThat(audited("LOGIN_REFUSED_LOCKED", username)).isGreaterThanOrEqualTo(26);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_FAILED' and subject_id = ?"
                + " and refusal and username = 'anonymous' and remote_addr = ?", Integer.class, username, attacker)).isEqualTo(5);
    }

    @Test
    void aLockExpiresByItselfAndTheRightPasswordThenClearsTheCount() throws Exception {
        String username = newAccount();
        String address = "192.0.2.20";
        lockOut(username, address);
        letTimePass(10, username, address);
        assertThat(signIn(username, PASSWORD, address)).as("still locked after 10 minutes").isEqualTo(401);
        letTimePass(6, username, address);
        assertThat(signIn(username, PASSWORD, address)).as("free after 16 minutes").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where key_value in (?, ?)", Integer.class,
                username, LoginThrottle.pair(username, address))).isZero();
    }

    @Test
    void anAdministratorLiftsALockThroughTheApiAndOthersMayNot() throws Exception {
        String username = newAccount();
        String address = "192.0.2.30";
        lockOut(username, address);

        mvc.perform(get("/api/admin/logins/locks").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(username)));
        mvc.perform(post("/api/admin/logins/users/" + username + "/unlock").with(httpBasic("canbo.vuphuc", "canbo.vuphuc")))
                .andExpect(status().isForbidden());
        assertThat(audited("ACT_REFUSED", username)).isEqualTo(1);
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(401);

        mvc.perform(post("/api/admin/logins/users/" + username + "/unlock").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andExpect(content().json("{\"lifted\":1}"));
        assertThat(audited("LOGIN_UNLOCKED", username)).isEqualTo(1);
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(200);
    }

    @Test
    void anAdministratorLiftsALockOnThePage() throws Exception {
        String username = newAccount();
        String address = "192.0.2.40";
        lockOut(username, address);

        mvc.perform(get("/admin/logins").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(username),
                        Matchers.containsString("Tài khoản, từ một địa chỉ"), Matchers.containsString(address))));
        mvc.perform(get("/admin/logins").with(user(users.loadUserByUsername("policy")))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/logins/unlock").param("username", username)
                        .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(signIn(username, PASSWORD, address)).isEqualTo(200);
    }

    @Test
    void oneAttackerAddressNeverLocksTheUserOutEverywhere() throws Exception {
        String username = newAccount();
        String attacker = "198.51.100.66";
        for (int round = 0; round < 5; round++) {
            lockOut(username, attacker);
            assertThat(signIn(username, PASSWORD, "192.0.2.50")).as("the user from their office, round " + round).isEqualTo(200);
            letTimePass(16, username, attacker);
        }
        assertThat(audited("LOGIN_FAILED", username)).isEqualTo(25);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_LOCKED' and subject_id = ?"
                + " and detail like 'account locked from every address%'", Integer.class, username)).isZero();
    }

    @Test
    void manyAddressesTogetherLockTheAccountEverywhereAndOneAddressSprayingManyAccountsIsLocked() throws Exception {
        String target = newAccount();
        for (int a = 0; a < 5; a++) {
            for (int i = 0; i < 4; i++) {
                waitOutSlowDown(target, "198.51.100." + (100 + a));
                signIn(target, "spray-" + i, "198.51.100." + (100 + a));
            }
        }
        assertThat(signIn(target, PASSWORD, "192.0.2.60")).as("20 failures from 5 addresses").isEqualTo(401);

        String sprayer = "198.51.100.200";
        for (int i = 0; i < 20; i++) {
            signIn("nobody." + i + "." + System.nanoTime(), "x", sprayer);
        }
        String victim = newAccount();
        assertThat(signIn(victim, PASSWORD, sprayer)).as("the spraying address is locked").isEqualTo(401);
        assertThat(signIn(victim, PASSWORD, "192.0.2.61")).isEqualTo(200);
        assertThat(audited("LOGIN_LOCKED", sprayer)).isEqualTo(1);
    }

    @Test
    void theLoginFormCountsTooAndSaysWhenSigningInIsPaused() throws Exception {
        String username = newAccount();
        String address = "192.0.2.70";
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()).with(from(address)))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login?wait"));
        for (int i = 3; i < 5; i++) {
            waitOutSlowDown(username, address);
            mvc.perform(post("/login").param("username", username).param("password", "wrong").with(csrf()).with(from(address)))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(Matchers.containsString("Tạm thời không thể đăng nhập")));
        assertThat(audited("LOGIN_FAILED", username)).isEqualTo(5);
        assertThat(signIn(username, PASSWORD, address)).as("HTTP Basic sees the same lock").isEqualTo(401);
    }
}
