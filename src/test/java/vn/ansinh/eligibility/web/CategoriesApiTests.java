package vn.ansinh.eligibility.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.ansinh.support.IntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The optional {@code especiallyDifficultArea}, {@code communityCareTakenIn} and {@code pregnant} inputs (CONTRACT.md additions). */
class CategoriesApiTests extends IntegrationTest {

    private ResultActions evaluate(String status, String householdExtra, String members) throws Exception {
        return mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("policy", "policy"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"asOf\":\"2024-08-01\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":1000000,"
                        + "\"officialPovertyStatus\":\"" + status + "\"" + householdExtra + ",\"members\":[" + members + "]}}"));
    }

    @Test
    void aNearPoor76YearOldInAnEspeciallyDifficultAreaGetsSa5bAndNothingWithoutTheFlag() throws Exception {
        String elder = "{\"id\":\"E1\",\"birthDate\":\"1948-01-01\"}";
        evaluate("NEAR_POOR", ",\"especiallyDifficultArea\":true", elder)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.socialAllowance[0].category").value("SA5b"))
                .andExpect(jsonPath("$.socialAllowance[0].monthlyAmount").value(500_000))
                .andExpect(jsonPath("$.socialAllowance[0].reasons[*].code", hasItem("SA5B-AREA")));
        evaluate("NEAR_POOR", "", elder)
                .andExpect(status().isOk()).andExpect(jsonPath("$.socialAllowance").isEmpty());
    }

    @Test
    void communityCareAndPregnancyAreReadFromTheRequest() throws Exception {
        evaluate("POOR", "", "{\"id\":\"E1\",\"birthDate\":\"1950-01-01\",\"communityCareTakenIn\":true},"
                + "{\"id\":\"M1\",\"birthDate\":\"1995-01-01\",\"disability\":\"SEVERE\",\"pregnant\":true},"
                + "{\"id\":\"C1\",\"birthDate\":\"2023-06-15\",\"parentIds\":[\"M1\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.socialAllowance[?(@.memberId=='E1')].category", hasItem("SA5d")))
                .andExpect(jsonPath("$.careSupport[?(@.memberId=='M1')].monthlyAmount", hasItem(1_000_000)));
    }

    @Test
    void aNonBooleanFlagIsRefusedWith400() throws Exception {
        evaluate("POOR", ",\"especiallyDifficultArea\":\"perhaps\"", "{\"id\":\"E1\",\"birthDate\":\"1950-01-01\"}")
                .andExpect(status().isBadRequest());
        evaluate("POOR", "", "{\"id\":\"E1\",\"birthDate\":\"1950-01-01\",\"pregnant\":[1]}")
                .andExpect(status().isBadRequest());
    }
}
