package vn.ansinh.casework;

import org.springframework.stereotype.Component;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;

/** The signed-in user as the case workflow sees them: a name, a role and one area. */
@Component
public class CaseActors {

    private final CurrentUser currentUser;

    CaseActors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public CaseActor current() {
        AppUserPrincipal user = currentUser.get();
        return new CaseActor(user.username(), user.role(), ApprovalLevel.valueOf(user.jurisdiction().level().name()),
                user.jurisdiction().code());
    }
}
