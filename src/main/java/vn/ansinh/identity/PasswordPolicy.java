package vn.ansinh.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Outside the demo every password must have at least 12 characters, at least 5 different ones, must not contain the
 * username and must not be one of the well-known weak ones. The demo's logins (password = username) are exempt.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final int MIN_DISTINCT = 5;
    private static final Set<String> WELL_KNOWN = Set.of("password1234", "123456789012", "1234567890123",
            "qwertyuiop12", "matkhau12345", "changeme1234", "administrator", "admin1234567", "abc123456789");

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in words; empty when it may be used. */
    public static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        String p = password == null ? "" : password;
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            problems.add("shorter than " + MIN_LENGTH + " characters");
        }
        if (p.codePoints().distinct().count() < MIN_DISTINCT) {
            problems.add("fewer than " + MIN_DISTINCT + " different characters");
        }
        if (username != null && !username.isBlank() && p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("contains the username");
        }
        if (WELL_KNOWN.contains(p.toLowerCase(Locale.ROOT))) {
            problems.add("a well-known weak password");
        }
        return problems;
    }
}
