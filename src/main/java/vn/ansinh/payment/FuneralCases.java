package vn.ansinh.payment;

import org.springframework.stereotype.Component;
import vn.ansinh.casework.ApprovalLevel;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseKind;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.OpenCase;
import vn.ansinh.casework.Program;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;

/**
 * Funeral support is a case for approval (issue 5): a beneficiary's death opens a FUNERAL_SUPPORT case for the
 * member in the household's commune, through casework's door. The commune officer who recorded the death opens
 * it; a death recorded by anyone else (payment officer, admin, no signed-in user) is opened by {@value #SYSTEM}.
 */
@Component
class FuneralCases {

    static final String SYSTEM = "system";

    private final CaseWorkflow workflow;
    private final CurrentUser currentUser;

    FuneralCases(CaseWorkflow workflow, CurrentUser currentUser) {
        this.workflow = workflow;
        this.currentUser = currentUser;
    }

    /** The member's funeral case: the one already open (opened by hand before the death was recorded), or a new one. */
    long open(Beneficiary member) {
        return workflow.openCase(member.householdId(), Program.FUNERAL_SUPPORT, member.memberId())
                .orElseGet(() -> workflow.open(new OpenCase(member.householdId(), member.memberId(), Program.FUNERAL_SUPPORT,
                        CaseKind.AD_HOC, member.communeCode(), member.districtCode()), actor(member.communeCode())));
    }

    /** The death was recorded by mistake: the member's funeral case is withdrawn (or, if approved, says why). */
    java.util.Optional<Long> withdraw(long householdId, long memberId, String communeCode, String reason) {
        return workflow.withdraw(householdId, memberId, Program.FUNERAL_SUPPORT, reason, actor(communeCode));
    }

    private CaseActor actor(String communeCode) {
        return new CaseActor(actorName(communeCode), Role.COMMUNE_OFFICER, ApprovalLevel.COMMUNE, communeCode);
    }

    private String actorName(String communeCode) {
        return currentUser.find()
                .filter(u -> u.hasRole(Role.COMMUNE_OFFICER) && u.jurisdiction().level() == Jurisdiction.Level.COMMUNE
                        && u.jurisdiction().code().equals(communeCode))
                .map(AppUserPrincipal::username)
                .orElse(SYSTEM);
    }
}
