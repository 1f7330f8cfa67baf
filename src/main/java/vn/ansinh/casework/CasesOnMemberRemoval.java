package vn.ansinh.casework;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.household.MemberRemoved;

/**
 * A member removed from the household is no longer anyone's case to decide: their open per-member cases are closed as
 * withdrawn ("Thành viên đã rời khỏi hộ: <reason>" on the timeline) and their processes ended, in the removal's
 * transaction. The commune officer who removed the member closes them; anyone else is recorded as {@code system}.
 */
@Component
class CasesOnMemberRemoval {

    private final CaseWorkflow workflow;
    private final CurrentUser currentUser;

    CasesOnMemberRemoval(CaseWorkflow workflow, CurrentUser currentUser) {
        this.workflow = workflow;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(MemberRemoved removal) {
        workflow.withdrawForLeavingMember(removal.householdId(), removal.memberId(), removal.reason(),
                new CaseActor(actorName(removal.communeCode()), Role.COMMUNE_OFFICER, ApprovalLevel.COMMUNE,
                        removal.communeCode()));
    }

    private String actorName(String communeCode) {
        return currentUser.find()
                .filter(u -> u.hasRole(Role.COMMUNE_OFFICER) && u.jurisdiction().level() == Jurisdiction.Level.COMMUNE
                        && u.jurisdiction().code().equals(communeCode))
                .map(AppUserPrincipal::username)
                .orElse(CaseHistory.SYSTEM);
    }
}
