package vn.ansinh.household;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
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
        return households.memberNamesOf(Set.of(id), user.jurisdiction()).get(id);
    }

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
