package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;

class CasePageTests extends CaseProcessTest {

    private static RequestPostProcessor signedIn(CaseActor actor, Role role) {
        Jurisdiction where = new Jurisdiction(Jurisdiction.Level.valueOf(actor.level().name()), actor.code());
        return user(new AppUserPrincipal(actor.username(), "", actor.username(), role, where, true));
    }

    @Test
    void theCasePageShowsTheOfficersStepAndTheDiagram() throws Exception {
        long id = open(Program.POVERTY_RECOGNITION);
        mvc.perform(get("/cases/" + id).with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"assessment-form\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("E12")));
        mvc.perform(get("/cases/" + id + "/diagram.png").with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.IMAGE_PNG));
    }

    @Test
    void anotherCommunesCaseIsNotFoundOnEveryPage() throws Exception {
        long id = open(Program.POVERTY_RECOGNITION);
        for (String path : List.of("/cases/" + id, "/cases/" + id + "/diagram.png", "/cases/" + id + "/notice")) {
            mvc.perform(get(path).with(signedIn(OTHER_OFFICER, Role.COMMUNE_OFFICER))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/cases/" + id + "/meeting").with(csrf()).with(signedIn(OTHER_OFFICER, Role.COMMUNE_OFFICER))
                        .param("version", "0").param("heldOn", "06/03/2024").param("attendance", "3").param("agreeing", "2"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        long id = caseAtApproval();
        mvc.perform(post("/cases/" + id + "/approval").with(signedIn(APPROVER, Role.DISTRICT_APPROVER))
                .param("version", "0").param("action", "APPROVE")).andExpect(status().isForbidden());
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVAL);
    }

    @Test
    void anUnknownApprovalActionIsRefusedAndLeavesTheCaseWhereItWas() throws Exception {
        long id = caseAtApproval();
        int version = reload(id).version();
        mvc.perform(post("/cases/" + id + "/approval").with(csrf()).with(signedIn(APPROVER, Role.DISTRICT_APPROVER))
                        .param("version", String.valueOf(version)).param("action", "MAYBE"))
                .andExpect(redirectedUrl("/cases/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "case.field.invalid"));
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVAL);
    }

    @Test
    void aStaleApprovalFormComesBackWithAlreadyHandled() throws Exception {
        long id = caseAtApproval();
        int version = reload(id).version();
        mvc.perform(post("/cases/" + id + "/approval").with(csrf()).with(signedIn(APPROVER, Role.DISTRICT_APPROVER))
                        .param("version", String.valueOf(version)).param("action", "APPROVE"))
                .andExpect(redirectedUrl("/cases/" + id));
        mvc.perform(post("/cases/" + id + "/approval").with(csrf()).with(signedIn(APPROVER_2, Role.DISTRICT_APPROVER))
                        .param("version", String.valueOf(version)).param("action", "APPROVE"))
                .andExpect(redirectedUrl("/cases/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", "case.alreadyHandled"));
        assertThat(approvals.countFor(id)).isEqualTo(1);
    }

    @Test
    void theInboxListsOnlyTheDistrictsTasksAndTheDashboardCountsTheCommunesCases() throws Exception {
        long id = caseAtApproval();
        mvc.perform(get("/inbox").with(signedIn(APPROVER, Role.DISTRICT_APPROVER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"task-" + id + "\"")));
        mvc.perform(get("/inbox").with(signedIn(OTHER_DISTRICT, Role.DISTRICT_APPROVER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"task-" + id + "\""))));
        mvc.perform(get("/inbox").with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"commune-dashboard\"")));
    }

    @Test
    void everyCommittedTransitionIsInTheAuditTrailAndALostRaceIsNot() {
        long id = caseAtApproval();
        workflow.approve(id, null, APPROVER, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.approve(id, null, APPROVER_2, null))
                .isInstanceOf(CaseAlreadyHandled.class);
        List<String> actions = jdbc.queryForList(
                "select action from audit_entry where subject_type = 'Case' and subject_id = ? order by id", String.class,
                String.valueOf(id));
        assertThat(actions).containsExactly("case.opened", "case.assessed", "case.meeting_agreed", "case.posting_ended",
                "case.approve");
        String last = jdbc.queryForObject("select detail from audit_entry where subject_type = 'Case' and subject_id = ?"
                + " order by id desc limit 1", String.class, String.valueOf(id));
        assertThat(last).contains("status=APPROVED", "approval:APPROVE", "createEntitlement:APPROVED");
    }
}
