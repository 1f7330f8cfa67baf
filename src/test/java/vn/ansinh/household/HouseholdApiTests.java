package vn.ansinh.household;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

class HouseholdApiTests extends IntegrationTest {

    private static final String OFFICER = "canbo.vuphuc";

    private String create(String body) throws Exception {
        return mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void registersReadsAndEditsAHouseholdInTheOfficersCommune() throws Exception {
        String created = create(TestHouseholds.json("Đặng Văn Quý", "12466", "Đặng Văn Quý", "Đặng Thị Mơ"));
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        mvc.perform(get("/api/households/" + id).with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communeCode").value("12466"))
                .andExpect(jsonPath("$.districtCode").value("336"))
                .andExpect(jsonPath("$.area").value("RURAL"))
                .andExpect(jsonPath("$.members", hasSize(2)));

        String edited = created.replace("\"Thôn Đông\"", "\"Thôn Mới\"");
        mvc.perform(put("/api/households/" + id).with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.village").value("Thôn Mới"))
                .andExpect(jsonPath("$.members", hasSize(2)));
    }

    @Test
    void keepsThePolicyFactsTheRulesNeedAndHandsThemToTheEngine() throws Exception {
        String body = TestHouseholds.json("Hà Thị Cữ", "12466", "Hà Thị Cữ")
                .replace("\"agricultural\":true", "\"agricultural\":true,\"especiallyDifficultArea\":true")
                .replace("\"relation\":\"HEAD\"", "\"relation\":\"HEAD\",\"pregnant\":true,\"communityCareTakenIn\":true");
        long id = ((Number) JsonPath.read(create(body), "$.id")).longValue();
        mvc.perform(get("/api/households/" + id).with(httpBasic(OFFICER, OFFICER)))
                .andExpect(jsonPath("$.especiallyDifficultArea").value(true))
                .andExpect(jsonPath("$.members[0].pregnant").value(true))
                .andExpect(jsonPath("$.members[0].communityCareTakenIn").value(true));

        HouseholdView view = households.findWithin(id, vn.ansinh.common.access.Jurisdiction.province()).orElseThrow();
        vn.ansinh.assessment.AssessmentView survey = new vn.ansinh.assessment.AssessmentView(null, id,
                java.time.LocalDate.of(2024, 1, 1), 1_000_000L, java.util.List.of(),
                vn.ansinh.assessment.HousingCondition.SOUND, false, null, null, false, null, false, "test", java.time.Instant.EPOCH);
        vn.ansinh.eligibility.HouseholdFacts facts =
                vn.ansinh.eligibility.HouseholdFactsMapper.toFacts(view, survey, java.time.LocalDate.of(2024, 1, 1));
        org.assertj.core.api.Assertions.assertThat(facts.especiallyDifficultArea()).isTrue();
        org.assertj.core.api.Assertions.assertThat(facts.members().get(0).pregnant()).isTrue();
        org.assertj.core.api.Assertions.assertThat(facts.members().get(0).communityCareTakenIn()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    HouseholdManagement households;

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        create(TestHouseholds.json("Lưu Thị Xuân Hường", "12466", "Lưu Thị Xuân Hường"));
        mvc.perform(get("/api/households").param("q", "LUU THI XUAN huong").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].headName", hasItem("Lưu Thị Xuân Hường")));
    }

    @Test
    void searchSaysTheTotalIsExactUnderTheCountCap() throws Exception {
        create(TestHouseholds.json("Khổng Văn Đếm", "12466", "Khổng Văn Đếm"));
        mvc.perform(get("/api/households").param("q", "khong van dem").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCapped").value(false))
                .andExpect(jsonPath("$.last").value(true))
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.content[*].headName", hasItem("Khổng Văn Đếm")));
    }

    @Test
    void refusesAMalformedCccdWithTheFieldInError() throws Exception {
        String body = TestHouseholds.json("Trịnh Văn Lỗi", "12466", "Trịnh Văn Lỗi").replaceAll("\"cccd\":\"\\d+\"", "\"cccd\":\"12345\"");
        mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].cccd"))
                .andExpect(jsonPath("$.errors[0].message", containsString("12 chữ số")));
    }

    @Test
    void refusesACccdAlreadyInTheRegister() throws Exception {
        String first = create(TestHouseholds.json("Mai Văn Một", "12466", "Mai Văn Một"));
        String cccd = JsonPath.read(first, "$.members[0].cccd");
        String second = TestHouseholds.json("Mai Văn Hai", "12466", "Mai Văn Hai").replaceAll("\"cccd\":\"\\d+\"", "\"cccd\":\"" + cccd + "\"");
        mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(second))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].cccd"))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã được đăng ký")));
    }

    @Test
    void listsEveryMissingFieldIn400() throws Exception {
        mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"headName\":\"\",\"members\":[{\"fullName\":\"\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("headName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("members[0].fullName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("members[0].birthDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("members[0].sex")));
    }

    @Test
    void answers400NotA500ForMalformedJson() throws Exception {
        mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"headName\": \"x\", \"members\": [{\"sex\": \"ROBOT\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").isArray());
    }

    @Test
    void refusesAStaleEditWith409() throws Exception {
        String created = create(TestHouseholds.json("Cao Văn Cũ", "12466", "Cao Văn Cũ"));
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(put("/api/households/" + id).with(httpBasic(OFFICER, OFFICER))
                .contentType(MediaType.APPLICATION_JSON).content(created)).andExpect(status().isOk());
        mvc.perform(put("/api/households/" + id).with(httpBasic(OFFICER, OFFICER))
                .contentType(MediaType.APPLICATION_JSON).content(created)).andExpect(status().isConflict());
    }

    @Test
    void answers401WithoutCredentials() throws Exception {
        mvc.perform(get("/api/households")).andExpect(status().isUnauthorized());
    }
}
