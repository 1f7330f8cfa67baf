package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.support.TestHouseholds;

/** A member's monthly allowance, end to end: the engine's category and amount reach exactly one entitlement. */
class SocialAllowanceCaseTests extends CaseProcessTest {

    @Test
    void twoApproversRacingOnAnAllowanceCaseCreateOneEntitlement() throws Exception {
        String body = """
                {"headName":"Trần Văn Cụ","address":"Số 9","communeCode":"%s","village":"Thôn Đông","agricultural":true,
                 "members":[{"fullName":"Trần Văn Cụ","sex":"MALE","birthDate":"1938-03-01","relation":"HEAD","cccd":"%s"}]}"""
                .formatted(COMMUNE, TestHouseholds.uniqueCccd());
        String created = mvc.perform(post("/api/households").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode household = json.readTree(created);
        long householdId = household.get("id").asLong();
        long memberId = household.get("members").get(0).get("id").asLong();

        long id = workflow.open(new OpenCase(householdId, memberId, Program.SOCIAL_ALLOWANCE, CaseKind.AD_HOC,
                COMMUNE, DISTRICT), OFFICER);
        HouseholdView view = register.findWithin(householdId, Jurisdiction.province()).orElseThrow();
        AssessmentView survey = new AssessmentView(null, householdId, LocalDate.of(2024, 3, 6), 3_000_000, List.of(),
                HousingCondition.SOUND, false, null, null, false, null, false, OFFICER.username(), Instant.EPOCH);
        assertThat(workflow.submitAssessment(id, null, OFFICER, new CaseSnapshot(view, survey),
                null)).isTrue();
        StoredDecision decided = reload(id).decision();
        assertThat(decided.monthlyAmount()).isPositive();
        assertThat(decided.category()).isNotBlank();
        // Decree 20/2021 Art. 8: allowance results are posted for 2 working days (Thu 7, Fri 8 March)
        workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(LocalDate.of(2024, 3, 6), 3, 2), null);
        assertThat(reload(id).postingEndsOn()).isEqualTo(LocalDate.of(2024, 3, 8));
        fireTimer(id, "postingEnded");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Boolean>> results = new ArrayList<>();
            for (CaseActor approver : List.of(APPROVER, APPROVER_2)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        workflow.approve(id, null, approver, null);
                        return true;
                    } catch (CaseAlreadyHandled lost) {
                        return false;
                    }
                }));
            }
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from entitlement where source_case_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select category from entitlement where source_case_id = ?", String.class, id))
                .isEqualTo(decided.category());
        assertThat(jdbc.queryForObject("select start_month from entitlement where source_case_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }
}
