package vn.ansinh.common;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
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
 * <p>
 * Sessions are kept in PostgreSQL (Spring Session JDBC, so that two nodes share them): each request works on its
 * own copy of the session, written back when the response is committed. The outcome is therefore set again on the
 * session (saved for a repeat that reaches any node later) and also kept on this node (a repeat that arrives while
 * the first still runs waits on the token's lock here and then finds the outcome).
 */
@Component
public class FormTokens {

    public static final String FIELD = "_formToken";
    private static final String ATTRIBUTE = FormTokens.class.getName();
    private static final int KEPT = 100;
    private static final int KEPT_ON_NODE = 10_000;

    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, String> outcomesOnNode = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > KEPT_ON_NODE;
                }
            });

    /** The tokens issued to a session, each with its redirect once the action redirected somewhere. */
    private static final class Slots extends LinkedHashMap<String, String> implements Serializable {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    }

    /** A new token for a form about to be shown. */
    public String issue(HttpSession session) {
        String token = UUID.randomUUID().toString();
        synchronized (WebUtils.getSessionMutex(session)) {
            Slots slots = slots(session);
            slots.put(token, "");
            session.setAttribute(ATTRIBUTE, slots);
        }
        return token;
    }

    /**
     * Runs {@code action} (which returns a view name or {@code redirect:…}) once for this token: a concurrent repeat
     * waits for the first and both go to its redirect. A form shown again (validation errors) keeps its token.
     */
    public String once(HttpSession session, String token, Supplier<String> action) {
        if (token == null || !issued(session, token)) {
            return action.get();
        }
        Object lock = locks.computeIfAbsent(token, t -> new Object());
        try {
            synchronized (lock) {
                String done = outcome(session, token);
                if (done != null) {
                    return done;
                }
                String view = action.get();
                if (view.startsWith("redirect:")) {
                    outcomesOnNode.put(token, view);
                    synchronized (WebUtils.getSessionMutex(session)) {
                        Slots slots = slots(session);
                        slots.put(token, view);
                        session.setAttribute(ATTRIBUTE, slots);
                    }
                }
                return view;
            }
        } finally {
            locks.remove(token, lock);
        }
    }

    private boolean issued(HttpSession session, String token) {
        synchronized (WebUtils.getSessionMutex(session)) {
            return slots(session).containsKey(token);
        }
    }

    private String outcome(HttpSession session, String token) {
        String onNode = outcomesOnNode.get(token);
        if (onNode != null) {
            return onNode;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            String inSession = slots(session).get(token);
            return inSession == null || inSession.isEmpty() ? null : inSession;
        }
    }

    private static Slots slots(HttpSession session) {
        Object slots = session.getAttribute(ATTRIBUTE);
        return slots instanceof Slots s ? s : new Slots();
    }
}
