package vn.ansinh.household;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.ansinh.common.access.AppUserPrincipal;

/**
 * A member as the pages name them ({@code ${@memberWords.name(id)}}): their full name, read within the signed-in
 * user's area, so that a decision's outcomes never show a database id. Null when the member is not theirs to see.
 */
@Component("memberWords")
public class MemberWords {

    private final HouseholdManagement households;

    MemberWords(HouseholdManagement households) {
        this.households = households;
    }

    public String name(Object memberId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long id = idOf(memberId);
        if (id == null || auth == null || !(auth.getPrincipal() instanceof AppUserPrincipal user)) {
            return null;
        }
        Map<Long, Optional<String>> seen = namesOfThisRequest();
        Optional<String> name = seen.get(id);
        if (name == null) {
            name = Optional.ofNullable(households.memberNamesOf(Set.of(id), user.jurisdiction()).get(id));
            seen.put(id, name);
        }
        return name.orElse(null);
    }

    /**
     * The names already read while rendering this request's page (a member appears under several programs of a
     * decision, and twice on a comparison): each looked up once. Outside a request, nothing is kept.
     */
    @SuppressWarnings("unchecked")
    private static Map<Long, Optional<String>> namesOfThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object names = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (names == null) {
            names = new HashMap<Long, Optional<String>>();
            request.setAttribute(CACHE, names, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<Long, Optional<String>>) names;
    }

    private static final String CACHE = MemberWords.class.getName() + ".names";

    /** A member's id as a decision holds it: the evaluation contract writes it as a string of digits. */
    private static Long idOf(Object memberId) {
        if (memberId instanceof Number n) {
            return n.longValue();
        }
        if (memberId instanceof String s && !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(s);
        }
        return null;
    }
}
