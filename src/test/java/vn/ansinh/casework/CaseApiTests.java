package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class CaseApiTests extends CaseProcessTest {

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        return request.with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void aCommuneOfficerOpensACaseForAHouseholdOfTheirCommune() throws Exception {
        mvc.perform(as(post("/api/cases"), "canbo.vuphuc")
                        .content("{\"householdId\":" + household() + ",\"program\":\"POVERTY_RECOGNITION\",\"kind\":\"AD_HOC\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ASSESSMENT"))
                .andExpect(jsonPath("$.openSteps[0]").value("assessment"));
    }

    @Test
    void refusesAHouseholdOfAnotherCommune() throws Exception {
        mvc.perform(as(post("/api/cases"), "canbo.lehongphong")
                        .content("{\"householdId\":" + household() + ",\"program\":\"POVERTY_RECOGNITION\",\"kind\":\"AD_HOC\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherAreasCaseIsNotFound() throws Exception {
        long id = open(Program.POVERTY_RECOGNITION);
        mvc.perform(as(get("/api/cases/" + id), "canbo.vuphuc")).andExpect(status().isOk());
        mvc.perform(as(get("/api/cases/" + id), "canbo.lehongphong")).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/cases/" + id), "duyet.vuthu")).andExpect(status().isNotFound());
        mvc.perform(as(post("/api/cases/" + id + "/meeting"), "canbo.lehongphong").content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void theSecondApprovalOfTheSameTaskIsAConflict() throws Exception {
        long id = caseAtApproval();
        String approve = "{\"action\":\"APPROVE\"}";
        mvc.perform(as(post("/api/cases/" + id + "/approval"), "duyet.tpthaibinh").content(approve))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(as(post("/api/cases/" + id + "/approval"), "duyet2.tpthaibinh").content(approve))
                .andExpect(status().isConflict());
        assertThat(approvals.countFor(id)).isEqualTo(1);
    }

    @Test
    void rejectingWithoutAReasonIsABadRequestNamingTheField() throws Exception {
        long id = caseAtApproval();
        mvc.perform(as(post("/api/cases/" + id + "/approval"), "duyet.tpthaibinh").content("{\"action\":\"REJECT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(post("/api/cases/" + id + "/approval"), "duyet.tpthaibinh").content("{\"action\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post("/api/cases/" + id + "/approval"), "duyet.tpthaibinh").content("{\"action\":"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theAssessorIsForbiddenToApprove() throws Exception {
        long id = open(Program.POVERTY_RECOGNITION);
        assess(id, new CaseActor("duyet.tpthaibinh", ApprovalLevel.COMMUNE, COMMUNE), 1_000_000, List.of("E1", "E2", "E3"));
        workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(java.time.LocalDate.of(2024, 3, 6), 3, 2), null);
        fireTimer(id, "postingEnded");
        mvc.perform(as(post("/api/cases/" + id + "/approval"), "duyet.tpthaibinh").content("{\"action\":\"APPROVE\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMeetingWithMoreAgreeingThanPresentIsRefused() throws Exception {
        long id = open(Program.POVERTY_RECOGNITION);
        assess(id, 1_000_000, List.of("E1", "E2", "E3"));
        mvc.perform(as(post("/api/cases/" + id + "/meeting"), "canbo.vuphuc")
                        .content("{\"heldOn\":\"2024-03-06\",\"attendance\":10,\"agreeing\":12}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreeing"));
    }

    @Test
    void bulkApprovalChecksEachCase() throws Exception {
        long first = caseAtApproval();
        long second = caseAtApproval();
        long notMine = open(Program.POVERTY_RECOGNITION);
        mvc.perform(as(post("/api/cases/approvals"), "duyet.tpthaibinh")
                        .content("{\"caseIds\":[" + first + "," + second + "," + notMine + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].refusal").doesNotExist())
                .andExpect(jsonPath("$[1].refusal").doesNotExist())
                .andExpect(jsonPath("$[2].refusal").value("case.alreadyHandled"));
        assertThat(reload(first).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(reload(second).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(reload(notMine).status()).isEqualTo(CaseStatus.ASSESSMENT);
    }
}
