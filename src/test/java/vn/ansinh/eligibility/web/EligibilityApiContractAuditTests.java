package vn.ansinh.eligibility.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Audit of CONTRACT.md on inputs the other tests do not send: every refusal is a 400 naming the field, never a 500. */
class EligibilityApiContractAuditTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("policy", "policy"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String household(String asOf, String householdFields, String member) {
        return "{\"asOf\":\"" + asOf + "\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":900000"
                + householdFields + ",\"members\":[" + member + "]}}";
    }

    private static final String M = "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\"}";

    @Test
    void refusesDeprivationCodesOfAnotherStandardNamingTheField() throws Exception {
        evaluate(household("2023-06-01", ",\"deprivations\":[\"E1\",\"D3\"]", M)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.deprivations[1]")));
        evaluate(household("2018-06-01", ",\"deprivations\":[\"E1\"]", M)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.deprivations[0]")));
        evaluate(household("2013-06-01", ",\"deprivations\":[\"D1\"]", M)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.deprivations[0]")));
        evaluate(household("2013-06-01", ",\"deprivations\":[\"E1\"]", M)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.deprivations[0]")));
    }

    @Test
    void refusesUnknownEnumValuesWithTheirPath() throws Exception {
        Map<String, String> cases = Map.of(
                household("2024-07-01", "", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\",\"disability\":\"HIGH\"}"),
                "household.members[0].disability",
                household("2024-07-01", "", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\",\"orphanCase\":\"LOST\"}"),
                "household.members[0].orphanCase",
                household("2024-07-01", ",\"officialPovertyStatus\":\"RICH\"", M), "household.officialPovertyStatus",
                household("2024-07-01", ",\"housing\":{\"condition\":\"CASTLE\"}", M), "household.housing.condition",
                household("2024-07-01", "", "{\"id\":\"m1\",\"birthDate\":\"01/01/1950\"}"), "household.members[0].birthDate",
                household("2024-07-01", ",\"agricultural\":\"maybe\"", M), "household.agricultural",
                "{\"asOf\":\"2024-02-30\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":1,\"members\":[" + M + "]}}",
                "asOf");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            evaluate(c.getKey()).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c.getValue()))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        }
    }

    @Test
    void neverAnswers500ForStrangeBodies() throws Exception {
        List<String> bodies = List.of("", "null", "[]", "42", "{}", "{\"asOf\":null,\"household\":null}",
                "{\"asOf\":\"2024-07-01\",\"household\":\"x\"}",
                "{\"asOf\":\"2024-07-01\",\"household\":{}}",
                "{\"asOf\":\"2024-07-01\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":1,\"members\":[null]}}",
                household("2024-07-01", ",\"deprivations\":[null]", M),
                household("2024-07-01", ",\"deprivations\":\"E1\"", M),
                household("2024-07-01", "", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\",\"meritCategories\":[null]}"),
                household("2024-07-01", "", "{\"id\":\"m1\"}"),
                household("2024-07-01", "", "{\"birthDate\":\"1950-01-01\"}"),
                household("2024-07-01", ",\"housing\":null", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\",\"injuryRate\":150}"),
                "{\"asOf\":\"2024-07-01\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":99999999999999999999999,\"members\":[" + M + "]}}",
                "{\"asOf\":\"2024-07-01\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":1,\"members\":[]}}",
                "{\"asOf\":\"2024-07-01\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":1}}",
                "{\"asOf\":\"1999-01-01\",\"household\":{\"area\":\"RURAL\",\"monthlyIncomePerCapita\":1,\"members\":[" + M + "]}}");
        for (String body : bodies) {
            MvcResult r = evaluate(body).andReturn();
            assertThat(r.getResponse().getStatus()).as(body).isIn(400, 422);
            if (r.getResponse().getStatus() == 400) {
                JsonNode errors = json.readTree(r.getResponse().getContentAsString()).get("errors");
                assertThat(errors).as(body).isNotNull();
                assertThat(errors.isArray() && !errors.isEmpty()).as(body).isTrue();
                errors.forEach(e -> assertThat(e.get("field").asString()).as(body).isNotBlank());
            }
        }
    }

    @Test
    void wrongPasswordIs401AndAWrongContentTypeIsAClientError() throws Exception {
        String body = household("2024-07-01", "", M);
        mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("policy", "wrong"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        MvcResult r = mvc.perform(post("/api/eligibility/evaluate").with(httpBasic("policy", "policy"))
                .contentType(MediaType.TEXT_PLAIN).content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).isBetween(400, 499);
    }

    @Test
    void refusesBirthAfterAsOfAndDuplicateIdsNamingTheMember() throws Exception {
        evaluate(household("2024-07-01", "", M + ",{\"id\":\"m2\",\"birthDate\":\"2024-07-02\"},{\"id\":\"m1\",\"birthDate\":\"2000-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.members[1].birthDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("household.members[2].id")));
    }

    @Test
    void aChildBornOnAsOfIsAcceptedAndStatePaid() throws Exception {
        evaluate(household("2024-07-01", "", "{\"id\":\"b\",\"birthDate\":\"2024-07-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.healthInsurance[0].support").value("STATE_100"));
    }

    @Test
    void answersEveryDateFrom2011To2030WithTheStandardOfItsPeriod() throws Exception {
        Map<String, String> standards = Map.of("2011-01-01", "QD09_2011", "2015-12-31", "QD09_2011",
                "2016-01-01", "QD59_2015", "2021-12-31", "QD59_2015", "2022-01-01", "ND07_2021",
                "2026-06-01", "ND07_2021", "2027-06-01", "ND07_2021", "2030-12-31", "ND07_2021");
        for (Map.Entry<String, String> s : standards.entrySet()) {
            evaluate(household(s.getKey(), "", M)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.poverty.standard").value(s.getValue()));
        }
    }

    @Test
    void theSubtypeIsGivenOnlyUnderDecision59() throws Exception {
        evaluate(household("2018-06-15", ",\"deprivations\":[\"D1\",\"D5\",\"D8\"]", M).replace("900000", "800000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.poverty.status").value("POOR"))
                .andExpect(jsonPath("$.poverty.poorSubtype").value("MULTIDIMENSIONAL"));
        evaluate(household("2013-06-15", "", M).replace("900000", "300000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.poverty.status").value("POOR"))
                .andExpect(jsonPath("$.poverty.poorSubtype").doesNotExist());
        evaluate(household("2023-06-15", ",\"deprivations\":[\"E1\",\"E5\",\"E8\"]", M))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.poverty.status").value("POOR"))
                .andExpect(jsonPath("$.poverty.poorSubtype").doesNotExist());
    }

    @Test
    void everyReasonInEveryProgramHasCodePassedValuesCitationAndBothMessages() throws Exception {
        String body = """
                {"asOf":"2025-09-01","household":{"area":"RURAL","monthlyIncomePerCapita":1000000,
                 "deprivations":["E1","E4","E8"],"agricultural":true,
                 "housing":{"condition":"COLLAPSED_OR_HEAVILY_DAMAGED","onProvincialMeritHousingList":true,
                            "residenceRegisteredOn":"2000-01-01"},
                 "members":[{"id":"E","birthDate":"1953-05-05","socialPensionRequested":true,"meritCategories":["MC07"]},
                            {"id":"P","birthDate":"1990-01-01","singleParent":true},
                            {"id":"C","birthDate":"2014-03-03","disability":"ESPECIALLY_SEVERE","caredForByHousehold":true},
                            {"id":"S","birthDate":"1980-01-01","hasPension":true}]}}""";
        MvcResult r = evaluate(body).andExpect(status().isOk()).andReturn();
        JsonNode root = json.readTree(r.getResponse().getContentAsString());
        assertThat(root.get("healthInsurance")).hasSize(4);
        assertThat(root.get("socialAllowance").size()).isGreaterThanOrEqualTo(3);
        assertThat(root.get("careSupport")).hasSize(1);
        assertThat(root.get("socialPension")).hasSize(1);
        List<JsonNode> reasons = new ArrayList<>();
        collectReasons(root, reasons);
        assertThat(reasons).hasSizeGreaterThan(15);
        for (String other : List.of(
                household("2012-05-01", ",\"officialPovertyStatus\":\"POOR\",\"housing\":{\"condition\":\"NO_HOUSE\"}", M),
                household("2015-11-15", ",\"housing\":{\"condition\":\"NO_HOUSE\",\"onPoorList2015\":true,\"separatedSince\":\"2001-01-01\",\"priorHousingSupportOn\":\"2010-01-01\",\"disasterDamaged\":true}",
                        "{\"id\":\"W\",\"birthDate\":\"1940-01-01\",\"meritCategories\":[\"MR02\"],\"hivPositive\":true}"),
                household("2019-03-01", ",\"deprivations\":[\"D2\",\"D5\",\"D6\"]", M.replace("}", ",\"orphanCase\":\"BOTH_MISSING\"}")),
                household("2027-06-01", ",\"deprivations\":[\"E2\"]", M))) {
            collectReasons(json.readTree(evaluate(other).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()), reasons);
        }
        for (JsonNode reason : reasons) {
            assertThat(reason.get("code").asString()).isNotBlank();
            assertThat(reason.get("passed").isBoolean()).as(reason.toString()).isTrue();
            assertThat(reason.get("values").isObject()).as(reason.toString()).isTrue();
            assertThat(reason.get("citation").asString()).as(reason.toString()).isNotBlank();
            assertThat(reason.get("message").get("vi").asString()).as(reason.toString()).isNotBlank();
            assertThat(reason.get("message").get("en").asString()).as(reason.toString()).isNotBlank();
        }
    }

    private static void collectReasons(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("reasons") && e.getValue().isArray()) {
                    e.getValue().forEach(out::add);
                } else {
                    collectReasons(e.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectReasons(n, out));
        }
    }
}
