package vn.ansinh.common;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * One-time tokens for forms that create something (hidden field {@value #FIELD}): the same form submitted twice —
 * a double click, the back button and submit again — runs its action once, and the repeat is sent where the first
 * went. Tokens live in the user's session; an unknown or missing token runs the action as before.
 */
@Component
public class FormTokens {

    public static final String FIELD = "_formToken";
    private static final String ATTRIBUTE = FormTokens.class.getName();
    private static final int KEPT = 100;

    /** A token's outcome: null until the action redirected somewhere. */
    private static final class Slot implements java.io.Serializable {
        private String redirect;
    }

    /** A new token for a form about to be shown. */
    public String issue(HttpSession session) {
        String token = UUID.randomUUID().toString();
        Map<String, Slot> slots = slots(session);
        if (slots.size() >= KEPT) {
            slots.keySet().stream().findAny().ifPresent(slots::remove);
        }
        slots.put(token, new Slot());
        return token;
    }

    /**
     * Runs {@code action} (which returns a view name or {@code redirect:…}) once for this token: a concurrent repeat
     * waits for the first and both go to its redirect. A form shown again (validation errors) keeps its token.
     */
    public String once(HttpSession session, String token, Supplier<String> action) {
        Slot slot = token == null ? null : slots(session).get(token);
        if (slot == null) {
            return action.get();
        }
        synchronized (slot) {
            if (slot.redirect != null) {
                return slot.redirect;
            }
            String view = action.get();
            if (view.startsWith("redirect:")) {
                slot.redirect = view;
            }
            return view;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Slot> slots(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Object slots = session.getAttribute(ATTRIBUTE);
            if (slots == null) {
                slots = new ConcurrentHashMap<String, Slot>();
                session.setAttribute(ATTRIBUTE, slots);
            }
            return (Map<String, Slot>) slots;
        }
    }
}
