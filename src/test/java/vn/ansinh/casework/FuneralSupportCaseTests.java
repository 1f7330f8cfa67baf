package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.support.TestHouseholds;

/** Issue 5: a beneficiary's death opens a funeral-support case; approving it activates exactly one grant of 20 × base. */
class FuneralSupportCaseTests extends CaseProcessTest {

    static final String COMMUNE_USER = "canbo.vuphuc";

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @Test
    void deathOfAnAllowanceBeneficiaryOpensAFuneralCaseWhoseApprovalActivatesOneGrantOfTwentyTimesTheBase() throws Exception {
        long[] ids = household("1938-03-01", true);
        long householdId = ids[0];
        long memberId = ids[1];
        clockAt(LocalDateTime.of(2024, 9, 3, 9, 0));

        String outcome = mvc.perform(post("/api/payments/deaths").with(httpBasic(COMMUNE_USER, COMMUNE_USER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2024-08-15\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long caseId = json.readTree(outcome).get("funeralCaseId").asLong();
        Case opened = reload(caseId);
        assertThat(opened.program()).isEqualTo(Program.FUNERAL_SUPPORT);
        assertThat(opened.memberId()).isEqualTo(memberId);
        assertThat(opened.communeCode()).isEqualTo(COMMUNE);
        assertThat(opened.openedBy()).isEqualTo(COMMUNE_USER);
        assertThat(jdbc.queryForObject("select count(*) from casework_case where member_id = ? and program = 'FUNERAL_SUPPORT'",
                Long.class, memberId)).isEqualTo(1);

        assertThat(assessFromRegister(caseId, householdId)).isTrue();
        StoredDecision decided = reload(caseId).decision();
        assertThat(decided.grantAmount()).isEqualTo(10_000_000L);
        workflow.recordMeeting(caseId, null, OFFICER, new VillageMeeting(LocalDate.of(2024, 9, 3), 3, 2), null);
        fireTimer(caseId, "postingEnded");
        workflow.approve(caseId, null, APPROVER, null);

        assertThat(reload(caseId).status()).isEqualTo(CaseStatus.APPROVED);
        List<Map<String, Object>> funerals = jdbc.queryForList(
                "select status, grant_amount from entitlement where member_id = ? and program = 'FUNERAL_SUPPORT'", memberId);
        assertThat(funerals).singleElement().satisfies(f -> {
            assertThat(f.get("status")).isEqualTo("ACTIVE");
            assertThat(((Number) f.get("grant_amount")).longValue()).isEqualTo(10_000_000L);
        });
    }

    @Test
    void aFuneralCaseForSomeoneWhoReceivedNoMonthlyAllowanceIsNotEligible() throws Exception {
        long[] ids = household("1975-03-01", false);
        long householdId = ids[0];
        long memberId = ids[1];
        clockAt(LocalDateTime.of(2024, 9, 3, 9, 0));
        mvc.perform(post("/api/payments/deaths").with(httpBasic(COMMUNE_USER, COMMUNE_USER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + householdId + ",\"memberId\":" + memberId + ",\"diedOn\":\"2024-08-15\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from casework_case where member_id = ?", Long.class, memberId))
                .isZero();
        long caseId = workflow.open(new OpenCase(householdId, memberId, Program.FUNERAL_SUPPORT, CaseKind.AD_HOC,
                COMMUNE, DISTRICT), OFFICER);

        assertThat(assessFromRegister(caseId, householdId)).isFalse();
        assertThat(reload(caseId).decision().grantAmount()).isZero();
        assertThat(reload(caseId).decision().reasonsJson()).contains("FS-NOT-BENEFICIARY");
        assertThat(jdbc.queryForObject("select count(*) from casework_case where member_id = ?", Long.class, memberId))
                .isEqualTo(1);
    }

    /** A household of one member in the test commune, optionally with an active monthly allowance entitlement. */
    private long[] household(String birthDate, boolean allowance) throws Exception {
        String body = """
                {"headName":"Đặng Văn Mai","address":"Số 7","communeCode":"%s","village":"Thôn Đông","agricultural":true,
                 "members":[{"fullName":"Đặng Văn Mai","sex":"MALE","birthDate":"%s","relation":"HEAD","cccd":"%s"}]}"""
                .formatted(COMMUNE, birthDate, TestHouseholds.uniqueCccd());
        String created = mvc.perform(post("/api/households").with(httpBasic(COMMUNE_USER, COMMUNE_USER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode household = json.readTree(created);
        long householdId = household.get("id").asLong();
        long memberId = household.get("members").get(0).get("id").asLong();
        if (!allowance) {
            return new long[] {householdId, memberId};
        }
        tx.executeWithoutResult(s -> events.publishEvent(new CaseApproved(900_000_000L + householdId, householdId,
                memberId, Program.SOCIAL_ALLOWANCE, "SA5c", new BigDecimal("1.0"), 500_000, 0,
                LocalDate.of(2024, 7, 1), YearMonth.of(2024, 7), COMMUNE, "huyen.test")));
        return new long[] {householdId, memberId};
    }

    private boolean assessFromRegister(long caseId, long householdId) {
        HouseholdView view = register.findWithin(householdId, Jurisdiction.province()).orElseThrow();
        AssessmentView survey = new AssessmentView(null, householdId, LocalDate.of(2024, 9, 3), 3_000_000, List.of(),
                HousingCondition.SOUND, false, null, null, false, null, false, OFFICER.username(), Instant.EPOCH);
        return workflow.submitAssessment(caseId, null, OFFICER, new CaseSnapshot(view, survey), null);
    }
}
