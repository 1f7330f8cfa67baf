package vn.ansinh.common.access;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks an act against {@link Act}'s table in a module's door: refused → {@link ActRefused} (audited) and
 * {@link AccessDeniedException} (403 page or JSON 403). Without a signed-in user nothing is allowed.
 */
@Component("permissions")
public class Permissions {

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    Permissions(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The signed-in user, if their role may do {@code act}; otherwise refused and audited. */
    public AppUserPrincipal require(Act act, String subjectType, Object subjectId) {
        AppUserPrincipal user = currentUser.find().orElse(null);
        require(act, user == null ? null : user.role(), subjectType, subjectId);
        return user;
    }

    /** For doors that act for an actor handed to them (the case workflow): the actor's role decides. */
    public void require(Act act, Role role, String subjectType, Object subjectId) {
        if (!act.allows(role)) {
            throw refuse(act, role, subjectType, subjectId);
        }
    }

    /** Refuses an act a door found not allowed for its own reason (e.g. the wrong level's approver): audited, 403. */
    public AccessDeniedException refuse(Act act, Role role, String subjectType, Object subjectId) {
        events.publishEvent(new ActRefused(act, role, subjectType, subjectId == null ? null : subjectId.toString()));
        return new AccessDeniedException((role == null ? "nobody signed in" : role.name()) + " may not " + act.name()
                + (subjectId == null ? "" : " on " + subjectType + " " + subjectId));
    }

    /** Whether the signed-in user's role may do {@code act} — for pages that show or hide a button. */
    public boolean allows(Act act) {
        return currentUser.find().map(u -> act.allows(u.role())).orElse(false);
    }

    /** The same, by name, for templates: {@code ${@permissions.allows('OPEN_CASE')}}. */
    public boolean allows(String act) {
        return allows(Act.valueOf(act));
    }
}
