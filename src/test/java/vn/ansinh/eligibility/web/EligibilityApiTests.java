package vn.ansinh.eligibility.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.ansinh.support.IntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CONTRACT.md: the evaluate endpoint's response shape and every error it promises. */
class EligibilityApiTests extends IntegrationTest {

    private static final String GC22 = """
            {"asOf":"2025-09-01","household":{"id":"HH-22","area":"RURAL","monthlyIncomePerCapita":1200000,
             "deprivations":["E1","E4","E8"],"officialPovertyStatus":"POOR","agricultural":true,
             "members":[{"id":"E1","birthDate":"1953-05-05","hasObligedSupporter":false,"socialPensionRequested":true}]}}""";

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("policy", "policy"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void evaluatesEveryProgramWithReasonsAndTheRuleSetVersion() throws Exception {
        evaluate(GC22).andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2025-09-01"))
                .andExpect(jsonPath("$.ruleSet.version", startsWith("sha256:")))
                .andExpect(jsonPath("$.ruleSet.label").isNotEmpty())
                .andExpect(jsonPath("$.poverty.standard").value("ND07_2021"))
                .andExpect(jsonPath("$.poverty.status").value("POOR"))
                .andExpect(jsonPath("$.poverty.deprivationCount").value(3))
                .andExpect(jsonPath("$.poverty.reasons[0].code").value("POV-ND07-INCOME-LINE"))
                .andExpect(jsonPath("$.poverty.reasons[0].passed").value(true))
                .andExpect(jsonPath("$.poverty.reasons[0].values.income").value(1200000))
                .andExpect(jsonPath("$.poverty.reasons[0].values.threshold").value(1500000))
                .andExpect(jsonPath("$.poverty.reasons[0].citation", startsWith("Nghị định 07/2021/NĐ-CP")))
                .andExpect(jsonPath("$.poverty.reasons[0].message.vi", startsWith("Thu nhập bình quân 1.200.000 đ")))
                .andExpect(jsonPath("$.poverty.reasons[0].message.en").isNotEmpty())
                .andExpect(jsonPath("$.socialAllowance[0].memberId").value("E1"))
                .andExpect(jsonPath("$.socialAllowance[0].category").value("SA5a"))
                .andExpect(jsonPath("$.socialAllowance[0].coefficient").value(1.5))
                .andExpect(jsonPath("$.socialAllowance[0].baseLevel").value(500000))
                .andExpect(jsonPath("$.socialAllowance[0].monthlyAmount").value(750000))
                .andExpect(jsonPath("$.socialPension[0].eligible").value(true))
                .andExpect(jsonPath("$.socialPension[0].paid").value(false))
                .andExpect(jsonPath("$.socialPension[0].monthlyAmount").value(500000))
                .andExpect(jsonPath("$.careSupport").isArray())
                .andExpect(jsonPath("$.healthInsurance[0].support").value("STATE_100"))
                .andExpect(jsonPath("$.meritHousing.outcome").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.poorHousing.outcome").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$.poorHousing.loanMax").value(0))
                .andExpect(jsonPath("$.poorHousing.grantAmount").value(0));
    }

    @Test
    void omittedBooleansListsAndHousingTakeTheirDefaults() throws Exception {
        evaluate("""
                {"asOf":"2024-07-01","household":{"area":"URBAN","monthlyIncomePerCapita":5000000,
                 "members":[{"id":"m1","birthDate":"1980-01-01"}]}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.poverty.status").value("NONE"))
                .andExpect(jsonPath("$.healthInsurance[0].support").value("NONE"));
    }

    @Test
    void refusesMalformedJsonWith400() throws Exception {
        evaluate("{\"asOf\": \"2024-07-01\", \"household\": {").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void refusesAnUnknownEnumWithItsFieldPath() throws Exception {
        evaluate(GC22.replace("\"hasObligedSupporter\":false", "\"disability\":\"VERY_BAD\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("household.members[0].disability"));
    }

    @Test
    void refusesAWrongTypeWithItsFieldPath() throws Exception {
        evaluate(GC22.replace("1200000", "\"much\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("household.monthlyIncomePerCapita"));
    }

    @Test
    void refusesImpossibleValuesListingEachField() throws Exception {
        evaluate("""
                {"asOf":"2024-07-01","household":{"area":"RURAL","monthlyIncomePerCapita":-1,"deprivations":["D2","E99"],
                 "members":[{"id":"a","birthDate":"2025-01-01"},{"id":"a","birthDate":"1990-01-01","meritCategories":["MC99"]}]}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.monthlyIncomePerCapita")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.deprivations[0]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.deprivations[1]")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.members[0].birthDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.members[1].id")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.members[1].meritCategories[0]")));
    }

    @Test
    void refusesAMissingAsOf() throws Exception {
        evaluate("{\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":1,\"members\":[{\"id\":\"a\",\"birthDate\":\"1990-01-01\"}]}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void answers422BeforeTheFirstRuleSet() throws Exception {
        evaluate(GC22.replace("\"asOf\":\"2025-09-01\"", "\"asOf\":\"2010-12-31\"").replace("[\"E1\",\"E4\",\"E8\"]", "[]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.coveredFrom").value("2011-01-01"));
    }

    @Test
    void answers401WithoutCredentials() throws Exception {
        mvc.perform(post("/api/eligibility/evaluate").contentType(MediaType.APPLICATION_JSON).content(GC22))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anySignedInUserMayEvaluate() throws Exception {
        mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("canbo.vuhoi", "canbo.vuhoi"))
                        .contentType(MediaType.APPLICATION_JSON).content(GC22))
                .andExpect(status().isOk());
    }
}
