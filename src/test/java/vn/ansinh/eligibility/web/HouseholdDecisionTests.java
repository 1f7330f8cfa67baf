package vn.ansinh.eligibility.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Decisions of registered households: stored with inputs and rule-set version, shown and re-run side by side. */
class HouseholdDecisionTests extends IntegrationTest {

    private static final String OFFICER = "canbo.vuphuc";

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    UserDetailsService users;

    private long registeredHouseholdWithAssessment() throws Exception {
        String created = mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestHouseholds.json("Hoàng Văn Xét", "12466", "Hoàng Văn Xét", "Hoàng Thị Duyệt")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.of(2024, 1, 10));
        form.setMonthlyIncomePerCapita(1_400_000L);
        form.setDeprivations(List.of("E1", "E4", "E8"));
        form.setHousingCondition(HousingCondition.SOUND);
        assessments.recordUnchecked(id, form, "test");
        return id;
    }

    @Test
    void storesTheDecisionWithInputsAndRuleSetAndRerunsItUnderTodaysRules() throws Exception {
        long id = registeredHouseholdWithAssessment();
        String stored = mvc.perform(post("/api/households/" + id + "/evaluations").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2024-07-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.householdId").value(id))
                .andExpect(jsonPath("$.asOf").value("2024-07-01"))
                .andExpect(jsonPath("$.evaluatedBy").value(OFFICER))
                .andExpect(jsonPath("$.ruleSetVersion", startsWith("sha256:")))
                .andExpect(jsonPath("$.input.monthlyIncomePerCapita").value(1400000))
                .andExpect(jsonPath("$.input.members.length()").value(2))
                .andExpect(jsonPath("$.result.poverty.status").value("POOR"))
                .andExpect(jsonPath("$.result.healthInsurance[0].support").value("STATE_100"))
                .andReturn().getResponse().getContentAsString();
        long decisionId = ((Number) JsonPath.read(stored, "$.id")).longValue();

        mvc.perform(get("/api/households/" + id + "/evaluations/latest").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(decisionId));
        mvc.perform(get("/api/eligibility/decisions/" + decisionId + "/rerun").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sameRuleSet").value(true))
                .andExpect(jsonPath("$.differences", empty()))
                .andExpect(jsonPath("$.asDecided.result.poverty.status").value("POOR"))
                .andExpect(jsonPath("$.underTodaysRules.poverty.status").value("POOR"));
    }

    @Test
    void theComparisonPageSaysInWordsWhatTodaysRulesWouldChange() throws Exception {
        long id = registeredHouseholdWithAssessment();
        String stored = mvc.perform(post("/api/households/" + id + "/evaluations").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2024-07-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long decisionId = ((Number) JsonPath.read(stored, "$.id")).longValue();
        // as if decided under other rules: near-poor then, and the first member's insurance supported at 70 %
        comparisonJdbc.update("""
                update eligibility_decision set result = jsonb_set(jsonb_set(result::jsonb, '{poverty,status}', '"NEAR_POOR"'),
                    '{healthInsurance,0,support}', '"SUPPORT_70"')::text where id = ?""", decisionId);

        mvc.perform(get("/api/eligibility/decisions/" + decisionId + "/rerun").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.differences.length()").value(4))
                .andExpect(jsonPath("$.changes.length()").value(2))
                .andExpect(jsonPath("$.changes[0].part").value("poverty"))
                .andExpect(jsonPath("$.changes[0].asDecided.status").value("NEAR_POOR"))
                .andExpect(jsonPath("$.changes[0].today.status").value("POOR"))
                .andExpect(jsonPath("$.changes[1].part").value("healthInsurance"));
        String page = mvc.perform(get("/households/" + id + "/eligibility/decisions/" + decisionId).with(user(users.loadUserByUsername(OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String differences = page.substring(page.indexOf("id=\"differences\""), page.indexOf("</ul>", page.indexOf("id=\"differences\"")))
                .replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
        assertThat(differences).contains("Phân loại hộ: Hộ cận nghèo → Hộ nghèo")
                .contains("Bảo hiểm y tế (Hoàng Văn Xét): Hỗ trợ tối thiểu 70% → Ngân sách nhà nước đóng 100%")
                .doesNotContain("poverty", "healthInsurance", "SUPPORT_70", "NEAR_POOR");
        // both sides' outcomes name the members, not their ids
        String memberId = JsonPath.read(stored, "$.result.healthInsurance[0].memberId").toString();
        assertThat(page.replaceAll("<[^>]+>", "")).contains("Hoàng Thị Duyệt").doesNotContain("Thành viên " + memberId);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate comparisonJdbc;

    @Test
    void aDecisionOfAnotherCommuneIsNotFound() throws Exception {
        long id = registeredHouseholdWithAssessment();
        String stored = mvc.perform(post("/api/households/" + id + "/evaluations").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2024-07-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long decisionId = ((Number) JsonPath.read(stored, "$.id")).longValue();
        mvc.perform(get("/api/eligibility/decisions/" + decisionId).with(httpBasic("canbo.vuhoi", "canbo.vuhoi")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/households/" + id + "/evaluations").with(httpBasic("canbo.vuhoi", "canbo.vuhoi"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2024-07-01\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theComparisonPageShowsAsDecidedAndTodaysRulesSideBySide() throws Exception {
        long id = registeredHouseholdWithAssessment();
        String stored = mvc.perform(post("/api/households/" + id + "/evaluations").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2024-07-01\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long decisionId = ((Number) JsonPath.read(stored, "$.id")).longValue();
        mvc.perform(get("/households/" + id + "/eligibility/decisions/" + decisionId).with(user(users.loadUserByUsername(OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Như đã quyết định")))
                .andExpect(content().string(containsString("Theo quy tắc hiện hành")))
                .andExpect(content().string(containsString("Kết quả không thay đổi.")))
                .andExpect(content().string(containsString("Hộ nghèo")));
    }

    @Test
    void theHouseholdPageShowsTheLatestDecisionWithReasonsInVietnamese() throws Exception {
        long id = registeredHouseholdWithAssessment();
        mvc.perform(post("/households/" + id + "/eligibility").with(user(users.loadUserByUsername(OFFICER))).with(csrf())
                        .param("asOf", "01/07/2024"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/households/" + id).with(user(users.loadUserByUsername(OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết quả xét duyệt gần nhất")))
                .andExpect(content().string(containsString("Thu nhập bình quân 1.400.000 đ/người/tháng không vượt chuẩn nghèo 1.500.000 đ")))
                .andExpect(content().string(containsString("Nghị định 07/2021/NĐ-CP")));
        mvc.perform(get("/households/" + id + "/eligibility").with(user(users.loadUserByUsername(OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("01/07/2024")));
    }
}
