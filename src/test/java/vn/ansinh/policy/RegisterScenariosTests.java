package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/**
 * A scenario made of a registered household: its facts go into the draft's tests without names, CCCD or codes, with
 * the outputs the rules in force give it as expected values; the draft's test run then runs it like any other.
 */
class RegisterScenariosTests extends IntegrationTest {

    private static final String OFFICER = "canbo.vuphuc";
    private static final String HEAD = "Trịnh Văn Kịchbản";
    private static final java.util.concurrent.atomic.AtomicInteger BORN = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 300));

    @Autowired AssessmentManagement assessments;
    @Autowired UserDetailsService users;

    private String json(String url, Object body, String as) throws Exception {
        return mvc.perform(post(url).with(httpBasic(as, as)).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString())).andReturn().getResponse().getContentAsString();
    }

    /** A poor household of an 82-year-old head and a grandchild, with its survey answers. */
    private long household(String cccdHead, String cccdChild) throws Exception {
        LocalDate born = LocalDate.of(1942, 1, 1).plusDays(BORN.incrementAndGet());
        String created = mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"headName":"%s","address":"Số 9","communeCode":"12466","village":"Thôn Nam","agricultural":true,
                                 "members":[{"fullName":"%s","sex":"MALE","birthDate":"%s","relation":"HEAD","cccd":"%s"},
                                            {"fullName":"Trịnh Thị Cháu","sex":"FEMALE","birthDate":"2015-09-20","relation":"GRANDCHILD","cccd":"%s"}]}
                                """.formatted(HEAD, HEAD, born, cccdHead, cccdChild)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.of(2024, 1, 10));
        form.setMonthlyIncomePerCapita(1_200_000L);
        form.setDeprivations(List.of("E1", "E4", "E8"));
        form.setHousingCondition(HousingCondition.SOUND);
        assessments.recordUnchecked(id, form, "test");
        return id;
    }

    private long draft() throws Exception {
        String versions = mvc.perform(get("/api/policy/versions").with(httpBasic("policy", "policy")))
                .andReturn().getResponse().getContentAsString();
        long inForce = ((Number) JsonPath.read(versions, "$[0].id")).longValue();
        String created = json("/api/policy/drafts", "{\"basedOn\":" + inForce + ",\"label\":\"RS-"
                + Long.toString(System.nanoTime(), 36) + "\"}", "policy");
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRegisteredHouseholdBecomesAnAnonymousScenarioThatTheDraftsTestRunChecks() throws Exception {
        String cccdHead = TestHouseholds.uniqueCccd();
        String cccdChild = TestHouseholds.uniqueCccd();
        long household = household(cccdHead, cccdChild);
        String code = JsonPath.read(mvc.perform(get("/api/households/" + household).with(httpBasic(OFFICER, OFFICER)))
                .andReturn().getResponse().getContentAsString(), "$.code");
        String decided = json("/api/households/" + household + "/evaluations", "{\"asOf\":\"2024-07-01\"}", OFFICER);
        List<String> categories = JsonPath.read(decided, "$.result.socialAllowance[*].category");
        String poverty = JsonPath.read(decided, "$.result.poverty.status");
        assertThat(categories).isNotEmpty();

        long draft = draft();
        String name = "Cụ 82 tuổi nuôi cháu " + Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/api/policy/drafts/" + draft + "/scenarios").with(httpBasic("policy", "policy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdCode\":\"" + code + "\",\"asOf\":\"2024-07-01\",\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.path").value(RegisterScenarios.FILE))
                .andExpect(jsonPath("$.findings").isEmpty());

        String file = mvc.perform(get("/api/policy/drafts/" + draft + "/files/" + RegisterScenarios.FILE)
                .with(httpBasic("policy", "policy"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(file).contains(name, "asOf: 2024-07-01", "M1", "M2", poverty)
                .doesNotContain(HEAD, "Cháu", cccdHead, cccdChild, code, "Thôn Nam");
        categories.forEach(c -> assertThat(file).contains(c));

        String run = mvc.perform(post("/api/policy/drafts/" + draft + "/tests").with(httpBasic("policy", "policy")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> mine = JsonPath.read(run, "$.results[?(@.name == '" + name + "')]");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("passed")).as(String.valueOf(mine.get(0))).isEqualTo(true);

        // Adjusted to what the law should give (here: a wrong amount), the same scenario fails and says where.
        String adjusted = file.replaceFirst("monthlyAmount: \\d+", "monthlyAmount: 1");
        assertThat(adjusted).isNotEqualTo(file);
        mvc.perform(put("/api/policy/drafts/" + draft + "/files/" + RegisterScenarios.FILE).with(httpBasic("policy", "policy"))
                .contentType(MediaType.TEXT_PLAIN).content(adjusted)).andExpect(status().isOk());
        String again = mvc.perform(post("/api/policy/drafts/" + draft + "/tests").with(httpBasic("policy", "policy")))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> failing = JsonPath.read(again, "$.results[?(@.name == '" + name + "')]");
        assertThat(failing.get(0).get("passed")).isEqualTo(false);
        assertThat(String.valueOf(failing.get(0).get("diffs"))).contains("monthlyAmount");
    }

    @Test
    void badInputIsAFieldListAndOtherRolesAreRefused() throws Exception {
        long draft = draft();
        String url = "/api/policy/drafts/" + draft + "/scenarios";
        mvc.perform(post(url).with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdCode\":\"KHONG-CO\",\"name\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("householdCode", "asOf")));
        mvc.perform(post(url).with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Nhập mã hộ trong sổ"));
        mvc.perform(post(url).with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdCode\":\"x\",\"asOf\":\"01/07/2024\"}"))
                .andExpect(status().isBadRequest());
        for (String other : List.of(OFFICER, "duyet.tpthaibinh", "chitra.tpthaibinh", "admin")) {
            mvc.perform(post(url).with(httpBasic(other, other)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"householdCode\":\"x\",\"asOf\":\"2024-07-01\"}")).andExpect(status().isForbidden());
        }
        // policy2 did not write this draft
        long household = household(TestHouseholds.uniqueCccd(), TestHouseholds.uniqueCccd());
        String code = JsonPath.read(mvc.perform(get("/api/households/" + household).with(httpBasic(OFFICER, OFFICER)))
                .andReturn().getResponse().getContentAsString(), "$.code");
        mvc.perform(post(url).with(httpBasic("policy2", "policy2")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"householdCode\":\"" + code + "\",\"asOf\":\"2024-07-01\"}")).andExpect(status().isForbidden());
    }

    @Test
    void theTestsPageFormShowsTheFieldInErrorAndLeadsToTheEditorWhenItWorks() throws Exception {
        long draft = draft();
        String household = String.valueOf(household(TestHouseholds.uniqueCccd(), TestHouseholds.uniqueCccd()));
        String code = JsonPath.read(mvc.perform(get("/api/households/" + household).with(httpBasic(OFFICER, OFFICER)))
                .andReturn().getResponse().getContentAsString(), "$.code");
        mvc.perform(post("/policy/drafts/" + draft + "/scenarios").with(user(users.loadUserByUsername("policy"))).with(csrf())
                        .param("householdCode", code).param("asOf", "31/02/2024"))
                .andExpect(redirectedUrl("/policy/drafts/" + draft + "/tests"))
                .andExpect(flash().attribute("scenarioAsOf", "31/02/2024"))
                .andExpect(flash().attribute("scenarioErrorFields", List.of("asOf")));
        mvc.perform(post("/policy/drafts/" + draft + "/scenarios").with(user(users.loadUserByUsername("policy"))).with(csrf())
                        .param("householdCode", "").param("asOf", "01/07/2024"))
                .andExpect(redirectedUrl("/policy/drafts/" + draft + "/tests"))
                .andExpect(flash().attributeExists("scenarioErrors"));
        mvc.perform(post("/policy/drafts/" + draft + "/scenarios").with(user(users.loadUserByUsername("policy"))).with(csrf())
                        .param("householdCode", code).param("asOf", "01/07/2024"))
                .andExpect(redirectedUrl("/policy/drafts/" + draft + "/edit?path=tests%2Ffrom_register.yaml"))
                .andExpect(flash().attribute("scenarioAdded", "Hộ trong sổ (ẩn danh), ngày 01/07/2024"));
    }
}
