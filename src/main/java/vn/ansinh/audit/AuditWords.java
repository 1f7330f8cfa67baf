package vn.ansinh.audit;

import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ansinh.common.Formats;

/** Actions, roles and times as people read them (audit.action.* keys; unknown actions spelled out from the code). */
@Component("auditWords")
public class AuditWords {

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    public String action(String action, Locale locale) {
        if (action == null) {
            return "";
        }
        String spelled = action.replace('_', ' ').replace('.', ' ').toLowerCase(Locale.ROOT);
        spelled = spelled.isEmpty() ? spelled : Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
        return messages.getMessage("audit.action." + action, null, spelled, locale);
    }

    /** The kind of record in words ("Hộ gia đình"), or the stored name when no word is known. */
    public String recordType(String type, Locale locale) {
        return type == null ? "" : messages.getMessage("audit.subject." + type, null, type, locale);
    }

    public String role(String role, Locale locale) {
        return role == null ? "" : messages.getMessage("role." + role, null, role, locale);
    }

    public String yesNo(boolean value, Locale locale) {
        return messages.getMessage(value ? "audit.yes" : "audit.no", null, value ? "yes" : "no", locale);
    }

    public String header(String key, Locale locale) {
        return messages.getMessage("audit." + key, null, key, locale);
    }

    public String at(Instant instant) {
        return Formats.at(instant);
    }
}
