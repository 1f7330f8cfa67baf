package vn.ansinh.casework;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ansinh.household.MemberDeathCorrected;
import vn.ansinh.household.MemberDied;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;

/**
 * Funeral support is a case for approval (issue 5): the death of a monthly social-allowance recipient recorded in the
 * register opens a FUNERAL_SUPPORT case for the member in the household's commune; a death withdrawn as a mistake
 * withdraws it. The commune officer who recorded the death opens it; a death recorded by anyone else (payment
 * officer, admin, no signed-in user) is opened by {@code system}. Approving the case is what pays the grant.
 */
@Component
class FuneralSupportOnDeath {

    private final CaseWorkflow workflow;
    private final MonthlyAllowanceRecipients allowances;
    private final CurrentUser currentUser;

    FuneralSupportOnDeath(CaseWorkflow workflow, MonthlyAllowanceRecipients allowances, CurrentUser currentUser) {
        this.workflow = workflow;
        this.allowances = allowances;
        this.currentUser = currentUser;
    }

    /** The member's funeral case: the one already open (opened by hand before the death was recorded), or a new one. */
    @EventListener
    void on(MemberDied death) {
        if (!allowances.receivedMonthlySocialAllowance(death.memberId())) {
            return;
        }
        if (workflow.openCase(death.householdId(), Program.FUNERAL_SUPPORT, death.memberId()).isEmpty()) {
            workflow.open(new OpenCase(death.householdId(), death.memberId(), Program.FUNERAL_SUPPORT, CaseKind.AD_HOC,
                    death.communeCode(), death.districtCode()), actor(death.communeCode()));
        }
    }

    /** The death was recorded by mistake: the member's funeral case is withdrawn (or, if approved, says why). */
    @EventListener
    void on(MemberDeathCorrected correction) {
        workflow.withdraw(correction.householdId(), correction.memberId(), Program.FUNERAL_SUPPORT,
                correction.reason(), actor(correction.communeCode()));
    }

    private CaseActor actor(String communeCode) {
        return new CaseActor(actorName(communeCode), Role.COMMUNE_OFFICER, ApprovalLevel.COMMUNE, communeCode);
    }

    private String actorName(String communeCode) {
        return currentUser.find()
                .filter(u -> u.hasRole(Role.COMMUNE_OFFICER) && u.jurisdiction().level() == Jurisdiction.Level.COMMUNE
                        && u.jurisdiction().code().equals(communeCode))
                .map(AppUserPrincipal::username)
                .orElse(CaseHistory.SYSTEM);
    }
}
