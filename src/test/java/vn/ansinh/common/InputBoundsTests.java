package vn.ansinh.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.support.SessionCookie;
import vn.ansinh.support.IntegrationTest;

/** The bounds of each field kind — dates, numbers, sizes, search patterns — each refused with a 400 naming the field. */
class InputBoundsTests extends IntegrationTest {

    private static final RequestPostProcessor OFFICER = GeneratedApiInputTests.OFFICER;
    private Map<String, Long> fixtures;

    @BeforeEach
    void fixtures() throws Exception {
        if (fixtures == null) {
            fixtures = new InputFixtures(mvc).create();
        }
    }

    private MockHttpServletResponse post(String path, RequestPostProcessor who, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private void assertRefused(MockHttpServletResponse response, String field, String... words) throws Exception {
        assertThat(response.getStatus()).as(body(response)).isEqualTo(400);
        assertThat(body(response)).contains("\"field\":\"" + field + "\"");
        if (words.length > 0) {
            assertThat(body(response)).contains(words);
        }
    }

    private static String member(String birthDate, String extra) {
        return "{\"fullName\":\"Trần Văn Biên\",\"sex\":\"MALE\",\"birthDate\":\"" + birthDate
                + "\",\"relation\":\"HEAD\"" + extra + "}";
    }

    private static String household(String members) {
        return "{\"headName\":\"Trần Văn Biên\",\"communeCode\":\"" + GeneratedApiInputTests.COMMUNE + "\",\"members\":[" + members + "]}";
    }

    private static String evaluation(String asOf, String income, String members) {
        return "{\"asOf\":" + asOf + ",\"household\":{\"id\":\"B\",\"area\":\"RURAL\",\"monthlyIncomePerCapita\":" + income
                + ",\"members\":[" + members + "]}}";
    }

    // dates

    @Test
    void birthDatesRunFrom1900ToToday() throws Exception {
        assertRefused(post("/api/households", OFFICER, household(member("1899-12-31", ""))), "members[0].birthDate", "1900");
        assertRefused(post("/api/households", OFFICER, household(member(LocalDate.now(Formats.PROVINCE).plusDays(1).toString(), ""))),
                "members[0].birthDate");
        assertRefused(post("/api/households", OFFICER, household(member("+10000-01-01", ""))), "members[0].birthDate");
        assertThat(post("/api/households", OFFICER, household(member("1900-01-01", ""))).getStatus()).isEqualTo(201);
    }

    @Test
    void aDeathIsNeitherInTheFutureNorBeforeTheBirth() throws Exception {
        assertRefused(post("/api/households", OFFICER, household(member("1950-01-01",
                ",\"deceasedOn\":\"" + LocalDate.now(Formats.PROVINCE).plusDays(1) + "\""))), "members[0].deceasedOn");
        assertRefused(post("/api/households", OFFICER, household(member("1950-01-01", ",\"deceasedOn\":\"1949-12-31\""))),
                "members[0].deceasedOn");
        assertRefused(post("/api/payments/deaths", OFFICER, "{\"householdId\":" + fixtures.get("household") + ",\"memberId\":"
                + fixtures.get("member") + ",\"diedOn\":\"" + LocalDate.now(Formats.PROVINCE).plusDays(1) + "\"}"), "diedOn");
        assertRefused(post("/api/payments/deaths", OFFICER, "{\"householdId\":" + fixtures.get("household") + ",\"memberId\":"
                + fixtures.get("member") + ",\"diedOn\":\"1960-01-01\"}"), "diedOn");
    }

    @Test
    void jsonDatesAreIsoStringsNotDayCounts() throws Exception {
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY,
                evaluation("20240101", "1000000", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\"}")), "asOf");
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY,
                evaluation("\"2024-07-01\"", "1000000", "{\"id\":\"m1\",\"birthDate\":19500101}")), "household.members[0].birthDate");
    }

    @Test
    void anEvaluationLooksAtMostFiveYearsAheadAndNoBirthBefore1900() throws Exception {
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY, evaluation(
                "\"" + LocalDate.now(Formats.PROVINCE).plusYears(6) + "\"", "1000000", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\"}")),
                "asOf", "5");
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY, evaluation(
                "\"2024-07-01\"", "1000000", "{\"id\":\"m1\",\"birthDate\":\"1899-12-31\"}")), "household.members[0].birthDate");
        assertThat(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY, evaluation(
                "\"" + LocalDate.now(Formats.PROVINCE).plusYears(1) + "\"", "1000000", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\"}"))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void paymentMonthsAreOnesABaseLevelCoversAndAtMostNextMonth() throws Exception {
        RequestPostProcessor payer = GeneratedApiInputTests.PAYER;
        for (String month : new String[] {"0000-01", "2000-01", "-0001-01", "+10000-01"}) {
            assertRefused(post("/api/payments/cycles", payer, "{\"districtCode\":\"339\",\"month\":\"" + month + "\"}"), "month");
        }
        assertRefused(post("/api/payments/cycles", payer, "{\"districtCode\":\"339\",\"month\":\""
                + YearMonth.now(Formats.PROVINCE).plusMonths(2) + "\"}"), "month", Formats.month(YearMonth.now(Formats.PROVINCE).plusMonths(1)));
    }

    @Test
    void aVillageMeetingIsHeldBetween2011AndToday() throws Exception {
        String step = "/api/cases/" + fixtures.get("case") + "/meeting";
        assertRefused(post(step, OFFICER, "{\"heldOn\":\"" + LocalDate.now(Formats.PROVINCE).plusDays(1) + "\",\"attendance\":10,\"agreeing\":6}"),
                "heldOn");
        assertRefused(post(step, OFFICER, "{\"heldOn\":\"2010-12-31\",\"attendance\":10,\"agreeing\":6}"), "heldOn");
    }

    // numbers

    @Test
    void meetingCountsAreNonNegativeAgreementAtMostAttendanceAndAttendanceBounded() throws Exception {
        String step = "/api/cases/" + fixtures.get("case") + "/meeting";
        assertRefused(post(step, OFFICER, "{\"heldOn\":\"2024-07-01\",\"attendance\":10,\"agreeing\":-1}"), "agreeing");
        assertRefused(post(step, OFFICER, "{\"heldOn\":\"2024-07-01\",\"attendance\":10,\"agreeing\":11}"), "agreeing");
        assertRefused(post(step, OFFICER, "{\"heldOn\":\"2024-07-01\",\"attendance\":-5,\"agreeing\":0}"), "attendance");
        assertRefused(post(step, OFFICER, "{\"heldOn\":\"2024-07-01\",\"attendance\":5001,\"agreeing\":3000}"), "attendance", "5.000");
        assertRefused(post(step, OFFICER, "{\"heldOn\":\"2024-07-01\",\"attendance\":2147483648,\"agreeing\":1}"), "attendance");
    }

    @Test
    void anIncomeAboveAHighButPossibleValueNeedsConfirmationAndAnImplausibleOneIsRefused() throws Exception {
        String step = "/api/cases/" + fixtures.get("case") + "/assessment";
        assertRefused(post(step, OFFICER, "{\"assessedOn\":\"2024-07-01\",\"monthlyIncomePerCapita\":12000001200000}"),
                "monthlyIncomePerCapita", "1.000.000.000");
        assertRefused(post(step, OFFICER, "{\"assessedOn\":\"2024-07-01\",\"monthlyIncomePerCapita\":60000000}"),
                "monthlyIncomePerCapita", "50.000.000");
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY,
                evaluation("\"2024-07-01\"", "12000001200000", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\"}")),
                "household.monthlyIncomePerCapita");
        MockHttpServletResponse confirmed = post(step, OFFICER,
                "{\"assessedOn\":\"2024-07-01\",\"monthlyIncomePerCapita\":60000000,\"highIncomeConfirmed\":true}");
        assertThat(confirmed.getStatus()).as(body(confirmed)).isEqualTo(200);
    }

    @Test
    void noSilentCoercionOfOrdinalsFractionsOrNumericStrings() throws Exception {
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY,
                evaluation("\"2024-07-01\"", "\"1000000\"", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\"}")),
                "household.monthlyIncomePerCapita");
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY,
                "{\"asOf\":\"2024-07-01\",\"household\":{\"id\":\"B\",\"area\":0,\"monthlyIncomePerCapita\":1,"
                        + "\"members\":[{\"id\":\"m1\",\"birthDate\":\"1950-01-01\"}]}}"), "household.area");
        assertThat(post("/api/cases", OFFICER, "{\"householdId\":1.5,\"program\":\"POVERTY_RECOGNITION\",\"kind\":\"AD_HOC\"}")
                .getStatus()).isEqualTo(400);
        assertThat(post("/api/cases", OFFICER, "{\"householdId\":" + fixtures.get("household")
                + ",\"program\":0,\"kind\":\"AD_HOC\"}").getStatus()).isEqualTo(400);
    }

    @Test
    void pageAndSizeAreRefusedOutsideTheirRangeWithTheLimit() throws Exception {
        for (String[] bad : new String[][] {{"page", "-1"}, {"page", "10001"}, {"size", "0"}, {"size", "201"}}) {
            MockHttpServletResponse response = mvc.perform(get("/api/households").with(OFFICER).param(bad[0], bad[1]))
                    .andReturn().getResponse();
            assertRefused(response, bad[0]);
        }
        assertRefused(mvc.perform(get("/api/households").with(OFFICER).param("page", "99999999999999999999"))
                .andReturn().getResponse(), "page");
        assertThat(mvc.perform(get("/households").with(OFFICER).param("page", "abc")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/households").with(OFFICER).param("page", "2147483648")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("10.000");
    }

    // sizes and nulls

    @Test
    void aHouseholdHasAtMostThirtyMembersAndNamesFitTheirColumns() throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 31; i++) {
            members.append(i == 0 ? "" : ",").append(member("1950-01-01", ""));
        }
        assertRefused(post("/api/households", OFFICER, household(members.toString())), "members", "30");
        assertRefused(post("/api/households", OFFICER, household(member("1950-01-01", "")).replace("\"Trần Văn Biên\",\"communeCode",
                "\"" + "A".repeat(121) + "\",\"communeCode")), "headName", "120");
        String thirty = members.substring(0, members.lastIndexOf(",{"));
        MockHttpServletResponse saved = post("/api/households", OFFICER, household(thirty.replace("Trần Văn Biên", "N".repeat(120))));
        assertThat(saved.getStatus()).as("30 members with the longest names fit the search key").isEqualTo(201);
    }

    @Test
    void aTenThousandMemberEvaluationIsAShort400() throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            members.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"birthDate\":\"1950-01-01\"}");
        }
        MockHttpServletResponse response = post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY,
                evaluation("\"2024-07-01\"", "1000000", members.toString()));
        assertRefused(response, "household.members", "30");
        assertThat(body(response).length()).isLessThan(2_000);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithTheLimit() throws Exception {
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY, "{\"x\":\"" + "y".repeat(3_000_000) + "\"}"),
                "body", "2 MB");
        MockHttpServletResponse page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/households/new").with(OFFICER).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("headName=" + "x".repeat(3_000_000))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getErrorMessage()).contains("2 MB");
    }

    @Test
    void nullsInsideListsAreRefusedWithTheirPath() throws Exception {
        assertRefused(post("/api/households", OFFICER, household("null")), "members[0]");
        assertRefused(post("/api/households", OFFICER, "{\"headName\":\"A\",\"members\":null}"), "members");
        assertRefused(post("/api/cases/approvals", GeneratedApiInputTests.APPROVER, "{\"caseIds\":[null]}"), "caseIds[0]");
        assertRefused(post("/api/eligibility/evaluate", GeneratedApiInputTests.POLICY,
                evaluation("\"2024-07-01\"", "1", "{\"id\":\"m1\",\"birthDate\":\"1950-01-01\",\"meritCategories\":[null]}")),
                "household.members[0].meritCategories[0]");
    }

    @Test
    void percentAndUnderscoreInASearchAreLiteral() throws Exception {
        RequestPostProcessor demoOfficer = GeneratedApiInputTests.as("canbo.lehongphong", vn.ansinh.common.access.Role.COMMUNE_OFFICER,
                vn.ansinh.common.access.Jurisdiction.commune("12433"));
        for (String q : new String[] {"%", "_", "%%", "\\"}) {
            String list = mvc.perform(get("/api/households").with(demoOfficer).param("q", q)).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).as(q).contains("\"totalElements\":0");
        }
        String all = mvc.perform(get("/api/households").with(demoOfficer).param("q", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).doesNotContain("\"totalElements\":0");
    }

    // pages

    @Test
    void aDownloadOfACycleNotYetApprovedComesBackToTheCyclePageWithTheReason() throws Exception {
        String cycle = "/payments/cycles/" + fixtures.get("cycle");
        for (String file : new String[] {"/payer.csv", "/communes/" + GeneratedApiInputTests.COMMUNE + ".xlsx"}) {
            MvcResult result = mvc.perform(get(cycle + file).with(GeneratedApiInputTests.PAYER)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(cycle);
            assertThat((String) result.getFlashMap().get("error")).contains("duyệt");
        }
    }

    @Test
    void theAssessmentFormKeepsWhatWasTypedAndAsksToConfirmAHighIncome() throws Exception {
        long id = fixtures.get("case");
        String version = JsonMapper.builder().build().readTree(mvc.perform(get("/api/cases/" + id).with(OFFICER))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("version").asString();
        SessionCookie session = new SessionCookie();
        MvcResult refused = session.keep(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/cases/" + id + "/assessment").with(OFFICER).with(session).param("version", version)
                        .param("assessedOn", Formats.date(LocalDate.now(Formats.PROVINCE))).param("monthlyIncomePerCapita", "60000000")))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + id);
        String page = mvc.perform(get("/cases/" + id).with(OFFICER).with(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"60000000\"").contains("50.000.000 đ/người/tháng").contains("id=\"income-confirmed\"");
    }
}
