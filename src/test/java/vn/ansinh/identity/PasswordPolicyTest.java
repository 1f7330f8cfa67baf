package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongVariedPasswordWithoutTheUsername() {
        assertThat(PasswordPolicy.problems("admin", "Thai-Binh-2026-an-sinh")).isEmpty();
    }

    @Test
    void refusesShortRepetitiveWellKnownOrUsernamePasswords() {
        assertThat(PasswordPolicy.problems("admin", "s3cret")).contains("shorter than 12 characters");
        assertThat(PasswordPolicy.problems("admin", "aaaaaaaaaaaaaaaa")).contains("fewer than 5 different characters");
        assertThat(PasswordPolicy.problems("admin", "my-Admin-password-2026")).contains("contains the username");
        assertThat(PasswordPolicy.problems("canbo", "Password1234")).contains("a well-known weak password");
        assertThat(PasswordPolicy.problems("admin", null)).isNotEmpty();
    }

    @Test
    void aWeakAdminPasswordStopsAStartOutsideTheDemoOnly() {
        assertThatThrownBy(() -> DemoUsers.refuseWeakAdminPassword(false, "admin"))
                .hasMessageContaining("ANSINH_ADMIN_PASSWORD is too weak").hasMessageContaining("Refusing to start");
        DemoUsers.refuseWeakAdminPassword(true, "admin");
        DemoUsers.refuseWeakAdminPassword(false, "");
        DemoUsers.refuseWeakAdminPassword(false, "Thai-Binh-2026-an-sinh");
    }
}
