package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.common.Formats;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberRemoved;
import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.support.SignedIn;
import vn.ansinh.support.TestHouseholds;

/**
 * A member removed from the household reaches payment and casework once: their monthly allowance ends after the
 * month of the removal (LEFT_HOUSEHOLD, no planned line after it), their open allowance case is withdrawn with its
 * process ended and the reason on the timeline; the same removal delivered again changes nothing, and the other
 * members' allowances and cases are untouched.
 */
class MemberRemovalReachesPaymentAndCasesTests extends CaseProcessTest {

    static final String COMMUNE_OFFICER = "canbo.vuphuc";
    static final String PAYMENT_OFFICER = "chitra.tpthaibinh";

    @Autowired UserDetailsService users;
    @Autowired CycleService cycles;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @Test
    void aRemovedMemberIsPaidNoMoreAfterTheMonthAndTheirOpenCaseIsWithdrawnOnce() throws Exception {
        JsonNode household = household("1938-03-01", "1939-05-02", "1940-07-03");
        long householdId = household.get("id").asLong();
        long paid = member(household, 1);
        long stays = member(household, 2);
        long pending = member(household, 3);
        long paidCase = approvedAllowance(householdId, paid);
        long staysCase = approvedAllowance(householdId, stays);
        long pendingCase = workflow.open(new OpenCase(householdId, pending, Program.SOCIAL_ALLOWANCE, CaseKind.AD_HOC,
                COMMUNE, DISTRICT), OFFICER);
        String pendingProcess = reload(pendingCase).processInstanceId();
        long paidEntitlement = entitlementOf(paidCase);
        long staysEntitlement = entitlementOf(staysCase);

        // next month's cycle plans a line for the allowance of the member about to leave
        YearMonth month = YearMonth.now(Formats.PROVINCE);
        SignedIn.as(users, PAYMENT_OFFICER, () -> cycles.generate(DISTRICT, month.plusMonths(1), PAYMENT_OFFICER));
        assertThat(plannedAfter(paidEntitlement, month)).isPositive();
        assertThat(plannedAfter(staysEntitlement, month)).isPositive();

        remove(householdId, paid, "Chuyển đến sống với con ở tỉnh khác");
        Map<String, Object> ended = jdbc.queryForMap("select status, end_reason, end_month from entitlement where id = ?",
                paidEntitlement);
        assertThat(ended.get("status")).isEqualTo("ENDED");
        assertThat(ended.get("end_reason")).isEqualTo("LEFT_HOUSEHOLD");
        assertThat(YearMonth.from(((java.sql.Date) ended.get("end_month")).toLocalDate())).isEqualTo(month);
        assertThat(plannedAfter(paidEntitlement, month)).isZero();
        assertThat(audits("ENTITLEMENT_STOPPED", paidEntitlement)).isEqualTo(1);
        // the other members: still paid, their case still open
        assertThat(entitlementStatus(staysEntitlement)).isEqualTo("ACTIVE");
        assertThat(plannedAfter(staysEntitlement, month)).isPositive();
        assertThat(reload(pendingCase).status().isOpen()).isTrue();
        assertThat(runningProcesses(pendingProcess)).isEqualTo(1);

        remove(householdId, pending, "Nhập trùng với hộ khác");
        Case withdrawn = reload(pendingCase);
        assertThat(withdrawn.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(runningProcesses(pendingProcess)).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pendingProcess)
                .singleResult().getDeleteReason()).contains("member left the household");
        List<Map<String, Object>> entries = jdbc.queryForList("select step, action, actor, comment from casework_timeline_entry"
                + " where case_id = ? and action = 'LEFT_HOUSEHOLD'", pendingCase);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("step", "memberRemoved").containsEntry("actor", COMMUNE_OFFICER)
                .containsEntry("comment", "Nhập trùng với hộ khác");
        assertThat(audits("case.left_household", pendingCase)).isEqualTo(1);
        // the case page's timeline says it in words: "Thành viên đã rời khỏi hộ" and the reason
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/cases/" + pendingCase)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                new vn.ansinh.common.access.AppUserPrincipal(OFFICER.username(), "", OFFICER.username(),
                                        vn.ansinh.common.access.Role.COMMUNE_OFFICER, Jurisdiction.commune(COMMUNE), true))))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        int from = html.indexOf("id=\"timeline\"");
        assertThat(from).isPositive();
        String words = vn.ansinh.pages.PagesSpeakInWordsTest.visibleText(html.substring(from, html.indexOf("</section>", from)));
        assertThat(words).contains("Thành viên rời khỏi hộ", "Thành viên đã rời khỏi hộ", "Nhập trùng với hộ khác");
        assertThat(vn.ansinh.pages.PagesSpeakInWordsTest.ENUM_NAME.matcher(words).find()).as(words).isFalse();
        assertThat(entitlementStatus(staysEntitlement)).isEqualTo("ACTIVE");
        assertThat(reload(staysCase).status()).isEqualTo(CaseStatus.APPROVED);

        // the same removals delivered again change nothing
        long version = jdbc.queryForObject("select version from entitlement where id = ?", Long.class, paidEntitlement);
        long timeline = jdbc.queryForObject("select count(*) from casework_timeline_entry where case_id in (?, ?, ?)",
                Long.class, paidCase, staysCase, pendingCase);
        for (long member : List.of(paid, pending)) {
            tx.executeWithoutResult(s -> events.publishEvent(new MemberRemoved(householdId, member, "x", COMMUNE, DISTRICT,
                    "lần nữa", LocalDate.now(Formats.PROVINCE).plusMonths(2))));
        }
        assertThat(jdbc.queryForObject("select version from entitlement where id = ?", Long.class, paidEntitlement))
                .isEqualTo(version);
        assertThat(jdbc.queryForMap("select end_month from entitlement where id = ?", paidEntitlement))
                .isEqualTo(Map.of("end_month", ended.get("end_month")));
        assertThat(audits("ENTITLEMENT_STOPPED", paidEntitlement)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from casework_timeline_entry where case_id in (?, ?, ?)",
                Long.class, paidCase, staysCase, pendingCase)).isEqualTo(timeline);
        assertThat(entitlementStatus(staysEntitlement)).isEqualTo("ACTIVE");
    }

    /** A head born 1975 and elderly parents (80 and over in 2024) in the test commune. */
    private JsonNode household(String... elders) throws Exception {
        String head = "Lò Văn Rời " + System.nanoTime() % 100_000;
        StringBuilder members = new StringBuilder("""
                {"fullName":"%s","sex":"MALE","birthDate":"1975-04-04","relation":"HEAD","cccd":"%s"}"""
                .formatted(head, TestHouseholds.uniqueCccd()));
        for (int i = 0; i < elders.length; i++) {
            members.append(",").append("""
                    {"fullName":"%s","sex":"%s","birthDate":"%s","relation":"PARENT","cccd":"%s"}"""
                    .formatted(head.replace("Rời", "Cụ" + i), i % 2 == 0 ? "MALE" : "FEMALE", elders[i],
                            TestHouseholds.uniqueCccd()));
        }
        String body = """
                {"headName":"%s","address":"Số 12","communeCode":"%s","village":"Thôn Đông","agricultural":true,
                 "members":[%s]}""".formatted(head, COMMUNE, members);
        return json.readTree(mvc.perform(post("/api/households").with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static long member(JsonNode household, int index) {
        return household.get("members").get(index).get("id").asLong();
    }

    /** The member's monthly allowance, assessed, met, posted and approved by the district. */
    private long approvedAllowance(long householdId, long memberId) {
        long id = workflow.open(new OpenCase(householdId, memberId, Program.SOCIAL_ALLOWANCE, CaseKind.AD_HOC,
                COMMUNE, DISTRICT), OFFICER);
        HouseholdView view = register.findWithin(householdId, Jurisdiction.province()).orElseThrow();
        AssessmentView survey = new AssessmentView(null, householdId, LocalDate.of(2024, 3, 6), 3_000_000, List.of(),
                HousingCondition.SOUND, false, null, null, false, null, false, OFFICER.username(), Instant.EPOCH);
        assertThat(workflow.submitAssessment(id, null, OFFICER, new CaseSnapshot(view, survey), null)).isTrue();
        workflow.recordMeeting(id, null, OFFICER, new VillageMeeting(LocalDate.of(2024, 3, 6), 3, 2), null);
        fireTimer(id, "postingEnded");
        workflow.approve(id, null, APPROVER, null);
        assertThat(reload(id).status()).isEqualTo(CaseStatus.APPROVED);
        return id;
    }

    private void remove(long householdId, long memberId, String reason) throws Exception {
        mvc.perform(post("/api/households/" + householdId + "/members/" + memberId + "/removal")
                        .with(httpBasic(COMMUNE_OFFICER, COMMUNE_OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("reason", reason))))
                .andExpect(status().isOk());
    }

    private long entitlementOf(long caseId) {
        return jdbc.queryForObject("select id from entitlement where source_case_id = ? and status = 'ACTIVE'", Long.class,
                caseId);
    }

    private String entitlementStatus(long id) {
        return jdbc.queryForObject("select status from entitlement where id = ?", String.class, id);
    }

    private long plannedAfter(long entitlementId, YearMonth month) {
        return jdbc.queryForObject("select count(*) from payment_line where entitlement_id = ? and month > ?"
                + " and status = 'PLANNED'", Long.class, entitlementId, month.atDay(1));
    }

    private long audits(String action, long subjectId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Long.class,
                action, String.valueOf(subjectId));
    }

    private long runningProcesses(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count();
    }
}
