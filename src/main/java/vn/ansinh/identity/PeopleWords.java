package vn.ansinh.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who did something, as pages name them: the account's full name ("Trần Văn Nam"), "Hệ thống" for the system's own
 * steps, the stored name as it is when no account has it (a rule set imported from {@code rules/}). Names are kept a
 * few minutes per node, so a case's timeline asks the database once per person, not once per line.
 */
@Component("people")
public class PeopleWords {

    static final String SYSTEM = "system";
    private static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MOST = 5_000;

    private record Known(String name, Instant until) {
    }

    private final AppUsers users;
    private final MessageSource messages;
    private final Map<String, Known> names = new ConcurrentHashMap<>();

    PeopleWords(AppUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (SYSTEM.equals(username)) {
            return messages.getMessage("people.system", null, username, LocaleContextHolder.getLocale());
        }
        Instant now = Instant.now();
        Known known = names.get(username);
        if (known == null || known.until().isBefore(now)) {
            if (names.size() >= MOST) {
                names.clear();
            }
            known = new Known(users.findByUsername(username).map(AppUser::fullName).filter(n -> !n.isBlank())
                    .orElse(username), now.plus(KEPT));
            names.put(username, known);
        }
        return known.name();
    }
}
