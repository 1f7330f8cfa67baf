package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.reporting.PlanFixture.H;
import vn.ansinh.reporting.PlanFixture.M;
import vn.ansinh.support.IntegrationTest;

class PlanTrackingTests extends IntegrationTest {

    @Autowired org.springframework.context.ApplicationContext context;

    private static final String POLICY = "policy";
    private static final String OFFICER = PlanFixture.OFFICER;

    @Autowired JdbcTemplate jdbc;
    @Autowired PlanTracking plan;
    @Autowired PlanTargets targets;
    @Autowired org.springframework.context.MessageSource messages;

    @BeforeEach
    void register() {
        PlanFixture.ensureLoaded(context);
    }

    // --- expectations from the fixture -----------------------------------------------------------------------

    private static long households(List<H> hs, int year, Predicate<H> which) {
        return hs.stream().filter(which).count();
    }

    private static long people(List<H> hs, int year, ToLongFunction<H> count) {
        return hs.stream().mapToLong(count).sum();
    }

    private static BigDecimal percent(long num, long den) {
        return BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static boolean insured(H h, M m, int year) {
        PovertyStatus s = h.statusAt(year);
        return s == PovertyStatus.POOR || s == PovertyStatus.NEAR_POOR || m.merit() || m.pension()
                || m.birthYear() >= year - 5 || (m.allowance() && year >= PlanFixture.ALLOWANCE_FROM.getYear());
    }

    private Map<String, Object> indicator(String user, int year, String area, String target) throws Exception {
        String json = mvc.perform(get("/api/plan/indicators").param("year", "" + year).param("area", area)
                .with(httpBasic(user, user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> found = JsonPath.read(json, "$[?(@.targetId == '" + target + "')]");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal number(Object o) {
        return o == null ? null : new BigDecimal(o.toString()).stripTrailingZeros();
    }

    // --- the tests -------------------------------------------------------------------------------------------

    @Test
    void measuresEachCommunesPovertyRateWithTheStandardOfTheYear() throws Exception {
        List<H> commune = PlanFixture.in(PlanFixture.COMMUNE);
        for (int year : List.of(2016, 2018, 2020)) {
            Map<String, Object> i = indicator(POLICY, year, PlanFixture.COMMUNE, "POVERTY_ALL_COMMUNES_2020");
            long poor = households(commune, year, h -> h.poorAt(year));
            assertThat(((Number) i.get("numerator")).longValue()).isEqualTo(poor);
            assertThat(((Number) i.get("denominator")).longValue()).isEqualTo(commune.size());
            assertThat(number(i.get("value"))).isEqualByComparingTo(percent(poor, commune.size()));
            assertThat(number(i.get("target"))).isEqualByComparingTo("3");
            assertThat((String) i.get("explanation")).contains("59/2015");
            String expected = percent(poor, commune.size()).compareTo(BigDecimal.valueOf(3)) <= 0 ? "MET"
                    : year >= 2020 ? "MISSED" : null;
            if (expected != null) {
                assertThat(i.get("status")).isEqualTo(expected);
            }
        }
    }

    @Test
    void averagesTheYearlyFallOfTheDistrictsPovertyRateUnderOneStandard() throws Exception {
        List<H> all = PlanFixture.HOUSEHOLDS;
        Map<String, Object> i = indicator(POLICY, 2015, PlanFixture.DISTRICT, "POVERTY_DECLINE");
        BigDecimal start = BigDecimal.valueOf(households(all, 2012, h -> h.poorAt(2012))).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(all.size()), 6, RoundingMode.HALF_UP);
        BigDecimal end = BigDecimal.valueOf(households(all, 2015, h -> h.poorAt(2015))).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(all.size()), 6, RoundingMode.HALF_UP);
        BigDecimal decline = start.subtract(end).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        assertThat(number(i.get("value"))).isEqualByComparingTo(decline);
        assertThat(i.get("status")).isEqualTo(decline.compareTo(BigDecimal.ONE) >= 0 ? "MET" : "MISSED");
        assertThat((String) i.get("explanation")).contains("09/2011");
        // asked in 2020, the 2015 target is still judged at its due year
        assertThat(indicator(POLICY, 2020, PlanFixture.DISTRICT, "POVERTY_DECLINE").get("value")).isEqualTo(i.get("value"));
    }

    @Test
    void measuresMeritHousingAndMakeshiftHousesFromTheSurvey() throws Exception {
        List<H> commune = PlanFixture.in(PlanFixture.COMMUNE);
        long merit = households(commune, 2015, H::merit);
        long solid = households(commune, 2015, h -> h.merit() && h.housing() == HousingCondition.SOUND);
        Map<String, Object> solidHousing = indicator(POLICY, 2015, PlanFixture.COMMUNE, "MERIT_SOLID_HOUSING");
        assertThat(number(solidHousing.get("value"))).isEqualByComparingTo(percent(solid, merit));
        assertThat(solidHousing.get("status")).isEqualTo(solid == merit ? "MET" : "MISSED");

        Map<String, Object> difficulty = indicator(POLICY, 2020, PlanFixture.COMMUNE, "MERIT_HOUSING_DIFFICULTY");
        assertThat(number(difficulty.get("value"))).isEqualByComparingTo(BigDecimal.valueOf(merit - solid));

        long meritPoor = households(commune, 2020, h -> h.merit() && h.poorAt(2020));
        assertThat(number(indicator(POLICY, 2020, PlanFixture.COMMUNE, "MERIT_POOR").get("value")))
                .isEqualByComparingTo(BigDecimal.valueOf(meritPoor));

        long makeshift = households(commune, 2020, h -> (h.merit() || h.poorAt(2020))
                && (h.housing() == HousingCondition.MAKESHIFT_DILAPIDATED || h.housing() == HousingCondition.NO_HOUSE));
        Map<String, Object> houses = indicator(POLICY, 2020, PlanFixture.COMMUNE, "MAKESHIFT_HOUSES");
        assertThat(number(houses.get("value"))).isEqualByComparingTo(BigDecimal.valueOf(makeshift));
        assertThat(houses.get("status")).isEqualTo(makeshift == 0 ? "MET" : "MISSED");
    }

    @Test
    void measuresTheShareOnRegularSocialAssistanceAndTheElderlyAmongThem() throws Exception {
        List<H> commune = PlanFixture.in(PlanFixture.COMMUNE);
        int year = 2020;
        long population = people(commune, year, h -> h.livingAt(year).size());
        long recipients = people(commune, year, h -> h.livingAt(year).stream().filter(M::allowance).count());
        long elderly = people(commune, year, h -> h.livingAt(year).stream()
                .filter(m -> m.allowance() && m.birthYear() <= year - 60).count());
        Map<String, Object> share = indicator(POLICY, year, PlanFixture.COMMUNE, "SOCIAL_ASSISTANCE_SHARE");
        assertThat(((Number) share.get("numerator")).longValue()).isEqualTo(recipients);
        assertThat(((Number) share.get("denominator")).longValue()).isEqualTo(population);
        assertThat(number(share.get("value"))).isEqualByComparingTo(percent(recipients, population));
        Map<String, Object> old = indicator(POLICY, year, PlanFixture.COMMUNE, "SOCIAL_ASSISTANCE_ELDERLY");
        assertThat(number(old.get("value"))).isEqualByComparingTo(percent(elderly, recipients));
        // before the allowances started nobody is counted
        assertThat(((Number) indicator(POLICY, 2015, PlanFixture.COMMUNE, "SOCIAL_ASSISTANCE_SHARE").get("numerator"))
                .longValue()).isZero();
    }

    @Test
    void countsTheHealthInsuranceGroupsTheRegisterKnowsAsAFloor() throws Exception {
        List<H> commune = PlanFixture.in(PlanFixture.COMMUNE);
        for (int year : List.of(2015, 2020)) {
            long population = people(commune, year, h -> h.livingAt(year).size());
            long insured = people(commune, year, h -> h.livingAt(year).stream().filter(m -> insured(h, m, year)).count());
            Map<String, Object> i = indicator(POLICY, year, PlanFixture.COMMUNE,
                    year == 2015 ? "HEALTH_INSURANCE_2015" : "HEALTH_INSURANCE_2020");
            assertThat(((Number) i.get("numerator")).longValue()).isEqualTo(insured);
            assertThat(((Number) i.get("denominator")).longValue()).isEqualTo(population);
            assertThat((String) i.get("explanation")).contains("mức tối thiểu");
        }
    }

    @Test
    void summaryFormBalancesTheYearsFlowsAndReadsBackFromXlsx() throws Exception {
        List<H> commune = PlanFixture.in(PlanFixture.COMMUNE);
        for (int year : List.of(2015, 2016, 2021, 2022)) {
            byte[] xlsx = mvc.perform(get("/api/plan/reports/poverty-summary.xlsx").param("year", "" + year)
                            .param("area", PlanFixture.DISTRICT).with(httpBasic(POLICY, POLICY)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = wb.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                        .contains(year <= 2015 ? "09/2011" : year <= 2021 ? "59/2015" : "07/2021");
                Row line = null;
                for (Row r : sheet) {
                    if (r.getRowNum() >= SummaryXlsx.FIRST_DATA_ROW && r.getCell(0) != null
                            && r.getCell(0).getStringCellValue().contains("Đông Trà")) {
                        line = r;
                    }
                }
                assertThat(line).as("line of Đông Trà in " + year).isNotNull();
                int y = year;
                long start = households(commune, y, h -> h.poorAt(y - 1));
                long leaving = households(commune, y, h -> h.poorAt(y - 1) && !h.poorAt(y));
                long back = households(commune, y, h -> !h.poorAt(y - 1) && h.poorAt(y)
                        && h.statuses().entrySet().stream().anyMatch(e -> e.getKey() < y && e.getValue() == PovertyStatus.POOR));
                long fresh = households(commune, y, h -> !h.poorAt(y - 1) && h.poorAt(y)) - back;
                long end = households(commune, y, h -> h.poorAt(y));
                assertThat((long) line.getCell(1).getNumericCellValue()).isEqualTo(commune.size());
                assertThat(List.of((long) line.getCell(2).getNumericCellValue(), (long) line.getCell(3).getNumericCellValue(),
                        (long) line.getCell(4).getNumericCellValue(), (long) line.getCell(5).getNumericCellValue(),
                        (long) line.getCell(6).getNumericCellValue())).as("poor flows " + year)
                        .containsExactly(start, leaving, back, fresh, end);
                assertThat(start - leaving + back + fresh).isEqualTo(end);
                assertThat(BigDecimal.valueOf(line.getCell(7).getNumericCellValue())).isEqualByComparingTo(percent(end, commune.size()));
            }
        }
        byte[] pdf = mvc.perform(get("/api/plan/reports/poverty-summary.pdf").param("year", "2016")
                .param("area", PlanFixture.COMMUNE).with(httpBasic(POLICY, POLICY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void listsTheTargetsInTheFixedShape() throws Exception {
        mvc.perform(get("/api/plan/targets").with(httpBasic(POLICY, POLICY))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(targets.targets().size()))
                .andExpect(jsonPath("$[?(@.id == 'POVERTY_DECLINE')].section").value("1.2.1"))
                .andExpect(jsonPath("$[?(@.id == 'POVERTY_DECLINE')].comparison").value("AT_LEAST"))
                .andExpect(jsonPath("$[?(@.id == 'POVERTY_DECLINE')].dueYear").value(2015))
                .andExpect(jsonPath("$[?(@.id == 'POVERTY_DECLINE')].department").value("SO_LDTBXH"))
                .andExpect(jsonPath("$[?(@.id == 'POVERTY_DECLINE')].source").value("REGISTER"))
                .andExpect(jsonPath("$[?(@.id == 'NEW_JOBS_2015')].source").value("REPORTED"))
                .andExpect(jsonPath("$[?(@.id == 'NEW_JOBS_2015')].value").value(32000))
                .andExpect(jsonPath("$[0].indicator").isString());
        mvc.perform(get("/api/plan/indicators").param("year", "2015").with(httpBasic(POLICY, POLICY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(targets.targets().size()))
                .andExpect(jsonPath("$[0].targetId").isString()).andExpect(jsonPath("$[0].status").isString())
                .andExpect(jsonPath("$[0].explanation").isString())
                .andExpect(jsonPath("$[?(@.targetId == 'POVERTY_NEW_COUNTRYSIDE_2015')].status").value("NO_DATA"));
    }

    @Test
    void refusesAreasOutsideTheViewersJurisdictionAndBadParameters() throws Exception {
        mvc.perform(get("/api/plan/indicators").param("area", "34").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plan/indicators").param("area", PlanFixture.OTHER_COMMUNE).with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plan/reports/poverty-summary.xlsx").param("area", "342").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plan/indicators").param("year", "2016").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.targetId == 'POVERTY_ALL_COMMUNES_2020')].denominator")
                        .value((int) PlanFixture.in(PlanFixture.COMMUNE).size()));
        mvc.perform(get("/api/plan/indicators").param("area", PlanFixture.COMMUNE).with(httpBasic("duyet.vuthu", "duyet.vuthu")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/plan/targets").with(httpBasic("chitra.vuthu", "chitra.vuthu"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/plan/indicators").param("year", "1999").param("area", "99999").with(httpBasic(POLICY, POLICY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("year", "area")));
        mvc.perform(get("/api/plan/indicators").param("year", "hai nghìn").with(httpBasic(POLICY, POLICY)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("year"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PLAN_ACCESS_REFUSED' and username = ?",
                Long.class, OFFICER)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void keepsEveryVersionOfAReportedFigureAndCountsOnlyConfirmedOnes() throws Exception {
        String first = mvc.perform(post("/api/plan/reported").with(httpBasic(POLICY, POLICY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetId\":\"UNEMPLOYMENT_2015\",\"year\":\"2015\",\"value\":2.4,\"source\":\"Báo cáo số 12/BC-SLĐTBXH\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long firstId = ((Number) JsonPath.read(first, "$.id")).longValue();
        assertThat(indicator(POLICY, 2015, "34", "UNEMPLOYMENT_2015").get("status")).isEqualTo("NO_DATA");
        mvc.perform(post("/api/plan/reported/" + firstId + "/confirmation").with(httpBasic(POLICY, POLICY)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/plan/reported/" + firstId + "/confirmation").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.confirmedBy").value("admin"));
        Map<String, Object> i = indicator(POLICY, 2015, "34", "UNEMPLOYMENT_2015");
        assertThat(number(i.get("value"))).isEqualByComparingTo("2.4");
        assertThat(i.get("status")).isEqualTo("MISSED");
        String second = mvc.perform(post("/api/plan/reported").with(httpBasic(POLICY, POLICY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetId\":\"UNEMPLOYMENT_2015\",\"year\":\"2015\",\"value\":1.9,\"source\":\"Báo cáo điều chỉnh\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(number(indicator(POLICY, 2015, "34", "UNEMPLOYMENT_2015").get("value"))).isEqualByComparingTo("2.4");
        mvc.perform(post("/api/plan/reported/" + JsonPath.read(second, "$.id") + "/confirmation").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
        assertThat(indicator(POLICY, 2015, "34", "UNEMPLOYMENT_2015").get("status")).isEqualTo("MET");
        assertThat(indicator(POLICY, 2015, PlanFixture.DISTRICT, "UNEMPLOYMENT_2015").get("status")).isEqualTo("NO_DATA");
        assertThat(jdbc.queryForObject("select count(*) from plan_reported_value where target_id = 'UNEMPLOYMENT_2015'", Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('PLAN_VALUE_REPORTED', 'PLAN_VALUE_CONFIRMED')"
                + " and subject_id in (?, ?)", Long.class, "" + firstId, JsonPath.read(second, "$.id").toString())).isEqualTo(4);
        mvc.perform(post("/api/plan/reported").with(httpBasic(POLICY, POLICY)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetId\":\"POVERTY_DECLINE\",\"year\":\"2030\",\"value\":-1,\"source\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("targetId", "year", "value", "source")));
        mvc.perform(post("/api/plan/reported").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetId\":\"UNEMPLOYMENT_2015\",\"year\":\"2015\",\"value\":1,\"source\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void crossTabulatesPeopleByStatusAndAgeAndHidesSmallCellsForPublication() throws Exception {
        int year = 2020;
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        Map<String, Long> expected = new java.util.HashMap<>();
        for (H h : PlanFixture.in(PlanFixture.COMMUNE)) {
            for (M m : h.livingAt(year)) {
                String status = messages.getMessage("plan.status.household." + h.statusAt(year), null, vi);
                String age = messages.getMessage("plan.cross.age", new Object[]{CrossVariable.ageGroup(year - m.birthYear())}, vi);
                expected.merge(status + "/" + age, 1L, Long::sum);
            }
        }
        String json = mvc.perform(get("/api/plan/crosstab").param("year", "" + year).param("area", PlanFixture.COMMUNE)
                        .param("rows", "POVERTY_STATUS").param("columns", "AGE_GROUP").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> rows = JsonPath.read(json, "$.rows");
        List<String> columns = JsonPath.read(json, "$.columns");
        List<List<Number>> counts = JsonPath.read(json, "$.counts");
        Map<String, Long> actual = new java.util.HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (counts.get(r).get(c).longValue() > 0) {
                    actual.put(rows.get(r) + "/" + columns.get(c), counts.get(r).get(c).longValue());
                }
            }
        }
        assertThat(actual).isEqualTo(expected);

        byte[] xlsx = mvc.perform(get("/api/plan/crosstab.xlsx").param("year", "" + year).param("area", PlanFixture.COMMUNE)
                        .param("rows", "POVERTY_STATUS").param("columns", "AGE_GROUP").param("publication", "true")
                        .with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row first = wb.getSheetAt(0).getRow(3);
            for (int c = 0; c < columns.size(); c++) {
                long n = counts.get(0).get(c).longValue();
                var cell = first.getCell(c + 1);
                if (n > 0 && n < CrossTable.SUPPRESS_BELOW) {
                    assertThat(cell.getStringCellValue()).isEqualTo("<5");
                } else {
                    assertThat((long) cell.getNumericCellValue()).isEqualTo(n);
                }
            }
        }
        mvc.perform(get("/api/plan/crosstab").param("rows", "SHOE_SIZE").param("columns", "SHOE_SIZE")
                        .with(httpBasic(POLICY, POLICY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("rows", "columns")));
    }
}
