package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/**
 * The impact run on a known register: a draft raises the rural poverty line from 2030 (2.200.000 → 3.000.000 đ), and
 * the run as of 01/06/2030 finds exactly the households registered here whose income lies between the two lines —
 * poor with three deprivations, near-poor with one — with the income criterion flipped and the values it compared,
 * their members' health insurance moved with them, and the household above both lines unchanged. A commune officer
 * reads the same run for their commune only; other roles are refused.
 */
class PolicyImpactTests extends IntegrationTest {

    private static final String VUPHUC = "canbo.vuphuc";   // commune 12466
    private static final String VUHOI = "canbo.vuhoi";     // commune 13255

    @Autowired AssessmentManagement assessments;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.flowable.engine.RuntimeService runtime;

    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)));
    }

    /** A page as a signed-in user (pages take the session, not HTTP Basic). */
    ResultActions page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(user))));
    }

    /** A two-person household of {@code commune} with its 2024 survey: income per person and deprivations. */
    private String household(String officer, String commune, long income, List<String> deprivations) throws Exception {
        String created = as(officer, post("/api/households").contentType(MediaType.APPLICATION_JSON)
                .content(TestHouseholds.json("Đỗ Văn Tácđộng", commune, "Đỗ Văn Tácđộng", "Đỗ Thị Con")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.of(2024, 3, 1));
        form.setMonthlyIncomePerCapita(income);
        form.setDeprivations(deprivations);
        form.setHousingCondition(HousingCondition.SOUND);
        assessments.recordUnchecked(id, form, "test");
        return JsonPath.read(created, "$.code");
    }

    private long draftRaisingThePovertyLine() throws Exception {
        String versions = as("policy", get("/api/policy/versions")).andReturn().getResponse().getContentAsString();
        long inForce = ((Number) JsonPath.read(versions, "$[0].id")).longValue();
        String created = as("policy", post("/api/policy/drafts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"basedOn\":" + inForce + ",\"label\":\"IM-" + Long.toString(System.nanoTime(), 36) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long draft = ((Number) JsonPath.read(created, "$.id")).longValue();
        String file = "parameters/poverty/income_thresholds.yaml";
        String text = as("policy", get("/api/policy/drafts/" + draft + "/files/" + file)).andReturn().getResponse()
                .getContentAsString();
        String raised = text.replaceFirst("(poverty\\.income_line\\.rural:(?:\\n .*)*?\\n      reference: \"Chuẩn nghèo đa chiều giai đoạn 2026-2030[^\\n]*)",
                "$1\n    - from: 2030-01-01\n      value: 3000000\n      reference: \"Nghị định thử 9/2029/NĐ-CP, Điều 3\"");
        assertThat(raised).as("the rural line gains a value from 2030").isNotEqualTo(text);
        as("policy", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/policy/drafts/" + draft + "/files/" + file).contentType(MediaType.TEXT_PLAIN).content(raised))
                .andExpect(status().isOk());
        return draft;
    }

    private String finished(String jobId) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            String body = as("policy", get("/api/policy/impact/" + jobId)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String s = JsonPath.read(body, "$.status");
            double progress = ((Number) JsonPath.read(body, "$.progress")).doubleValue();
            assertThat(progress).isBetween(0.0, 1.0);
            if (!s.equals("RUNNING")) {
                assertThat(s).as(body).isEqualTo("DONE");
                assertThat(progress).isEqualTo(1.0);
                return body;
            }
            assertThat(System.currentTimeMillis()).as("the run ends within two minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private List<Map<String, Object>> changesOf(String user, String jobId, String code) throws Exception {
        String body = as(user, get("/api/policy/impact/" + jobId).param("household", code).param("size", "500"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.changes");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRunFindsTheHouseholdsBetweenTheTwoLinesWithTheCriterionThatFlipped() throws Exception {
        String poor = household(VUPHUC, "12466", 2_500_000L, List.of("E1", "E4", "E8"));
        String nearPoor = household(VUPHUC, "12466", 2_600_000L, List.of("E1"));
        String above = household(VUPHUC, "12466", 3_400_000L, List.of("E1", "E4", "E8"));
        String elsewhere = household(VUHOI, "13255", 2_500_000L, List.of("E1", "E4", "E8"));
        long draft = draftRaisingThePovertyLine();

        String started = as("policy", post("/api/policy/drafts/" + draft + "/impact").contentType(MediaType.APPLICATION_JSON)
                .content("{\"asOf\":\"2030-06-01\"}")).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String jobId = JsonPath.read(started, "$.jobId");
        String done = finished(jobId);

        List<Map<String, Object>> p = changesOf("policy", jobId, poor);
        Map<String, Object> poverty = p.stream().filter(c -> c.get("program").equals("POVERTY")).findFirst().orElseThrow();
        assertThat(((Map<String, Object>) poverty.get("before")).get("outcome")).isEqualTo("AVERAGE_LIVING_STANDARD");
        assertThat(((Map<String, Object>) poverty.get("after")).get("outcome")).isEqualTo("POOR");
        assertThat(poverty.get("memberId")).isNull();
        List<Map<String, Object>> flipped = (List<Map<String, Object>>) poverty.get("flipped");
        Map<String, Object> line = flipped.stream().filter(f -> f.get("code").equals("POV-ND07-INCOME-LINE")).findFirst().orElseThrow();
        assertThat(line.get("passedBefore")).isEqualTo(false);
        assertThat(line.get("passedAfter")).isEqualTo(true);
        assertThat(((Map<String, Object>) line.get("values")).get("income").toString()).isEqualTo("2500000");
        assertThat(((Map<String, Object>) line.get("values")).get("threshold").toString()).startsWith("3000000");
        assertThat(((Map<String, Object>) line.get("valuesBefore")).get("threshold").toString()).startsWith("2200000");
        List<Map<String, Object>> health = p.stream().filter(c -> c.get("program").equals("HEALTH_INSURANCE")).toList();
        assertThat(health).hasSize(2).allSatisfy(h -> {
            assertThat(((Map<String, Object>) h.get("after")).get("outcome")).isEqualTo("STATE_100");
            assertThat(h.get("memberId")).isNotNull();
        });
        assertThat(p).extracting(c -> c.get("program")).isSubsetOf("POVERTY", "HEALTH_INSURANCE", "SOCIAL_ALLOWANCE",
                "POOR_HOUSING");
        assertThat(p).allSatisfy(c -> {
            assertThat(c.get("communeCode")).isEqualTo("12466");
            assertThat(c.get("householdCode")).isEqualTo(poor);
        });

        List<Map<String, Object>> n = changesOf("policy", jobId, nearPoor);
        Map<String, Object> nearPoverty = n.stream().filter(c -> c.get("program").equals("POVERTY")).findFirst().orElseThrow();
        assertThat(((Map<String, Object>) nearPoverty.get("after")).get("outcome")).isEqualTo("NEAR_POOR");
        assertThat((List<Map<String, Object>>) nearPoverty.get("flipped")).extracting(f -> f.get("code"))
                .contains("POV-ND07-INCOME-LINE");
        assertThat(changesOf("policy", jobId, above)).isEmpty();
        assertThat(changesOf("policy", jobId, elsewhere)).extracting(c -> c.get("program")).contains("POVERTY");

        // the summary counts them, by program and by area
        assertThat(((Number) JsonPath.read(done, "$.summary.householdsChanged")).intValue()).isGreaterThanOrEqualTo(3);
        List<Number> poorer = JsonPath.read(done, "$.summary.programs[?(@.program == 'POVERTY')].transitions[?(@.before == "
                + "'AVERAGE_LIVING_STANDARD' && @.after == 'POOR')].count");
        assertThat(poorer).hasSize(1);
        assertThat(poorer.get(0).intValue()).isGreaterThanOrEqualTo(2);
        List<String> communes = JsonPath.read(done, "$.summary.communes[*].code");
        assertThat(communes).contains("12466", "13255");
        Number evaluated = JsonPath.read(done, "$.summary.householdsEvaluated");
        Number skipped = JsonPath.read(done, "$.summary.householdsSkipped");
        Number total = JsonPath.read(done, "$.totalHouseholds");
        assertThat(evaluated.intValue() + skipped.intValue()).isEqualTo(total.intValue());
        int changed = JsonPath.read(done, "$.summary.householdsChanged");
        Map<String, Object> bands = JsonPath.read(done, "$.summary.bands");
        assertThat(bands.values().stream().mapToInt(v -> ((Number) v).intValue()).sum()).isEqualTo(evaluated.intValue());
        assertThat(changed).isLessThanOrEqualTo(evaluated.intValue());

        // the commune officer of Vũ Phúc sees the same run for Vũ Phúc only
        String mine = as(VUPHUC, get("/api/policy/impact/" + jobId).param("size", "500")).andExpect(status().isOk())
                .andExpect(jsonPath("$.communeCode").value("12466")).andReturn().getResponse().getContentAsString();
        List<String> seen = JsonPath.read(mine, "$.changes[*].communeCode");
        assertThat(seen).isNotEmpty().containsOnly("12466");
        List<String> areas = JsonPath.read(mine, "$.summary.communes[*].code");
        assertThat(areas).containsOnly("12466");
        assertThat(changesOf(VUPHUC, jobId, elsewhere)).isEmpty();
        assertThat(changesOf(VUPHUC, jobId, poor)).hasSameSizeAs(p);
        as(VUPHUC, get("/api/policy/impact/" + jobId).param("commune", "13255")).andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[?(@.communeCode == '13255')]").isEmpty());

        // the pages: the list of runs and the run, for the commune officer their commune only; refused to others
        assertThat(page(VUPHUC, get("/policy/impact")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/policy/impact/" + jobId);
        String page = page(VUPHUC, get("/policy/impact/" + jobId).param("household", poor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"commune-only\"", "data-household=\"" + poor + "\"", "POV-ND07-INCOME-LINE");
        assertThat(page(VUPHUC, get("/policy/impact/" + jobId).param("household", elsewhere)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("id=\"no-changes\"")
                .doesNotContain("data-household=\"" + elsewhere + "\"");
        assertThat(page("policy", get("/policy/impact/" + jobId).param("household", elsewhere)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(elsewhere, "POV-ND07-INCOME-LINE");
        // the members whose health insurance changes are named, not numbered
        assertThat(page("policy", get("/policy/impact/" + jobId).param("household", poor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Đỗ Văn Tácđộng", "Đỗ Thị Con")
                .doesNotContain("Thành viên " + health.get(0).get("memberId"));
        page("duyet.tpthaibinh", get("/policy/impact/" + jobId)).andExpect(status().isForbidden());
        page("chitra.tpthaibinh", get("/policy/impact")).andExpect(status().isForbidden());

        // the export holds the same changes, in words
        byte[] xlsx = as("policy", get("/api/policy/impact/" + jobId + "/changes.xlsx").param("household", poor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(p.size());
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã hộ");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(poor);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Hộ có mức sống trung bình");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Hộ nghèo");
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).contains("POV-ND07-INCOME-LINE");
            List<String> members = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                members.add(sheet.getRow(r).getCell(3).getStringCellValue());
            }
            assertThat(members).contains("", "Đỗ Văn Tácđộng", "Đỗ Thị Con");
        }

        // the start is audited; the chunks were each written once
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'POLICY_IMPACT_STARTED' and detail like ?",
                Long.class, "run " + jobId + "%")).isEqualTo(1L);
        assertThat(jdbc.queryForObject("""
                select count(*) from (select household_id, program_rank, member_id from policy_impact_change where run_id = ?::uuid
                group by 1, 2, 3 having count(*) > 1) d""", Long.class, jobId)).isZero();
    }

    /**
     * A node that stops after a chunk committed: the run's process is started again from the first chunk (as a job
     * re-run after a restart would find it); the chunks already done are stepped over, nothing is written twice, and
     * the run ends DONE with the same counts.
     */
    @Test
    void aRunResumedFromItsFirstChunkWritesNothingTwice() throws Exception {
        household(VUPHUC, "12466", 2_500_000L, List.of("E1", "E4", "E8"));
        long draft = draftRaisingThePovertyLine();
        String started = as("policy", post("/api/policy/drafts/" + draft + "/impact").contentType(MediaType.APPLICATION_JSON)
                .content("{\"asOf\":\"2030-06-01\"}")).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String jobId = JsonPath.read(started, "$.jobId");
        String done = finished(jobId);
        long changes = ((Number) JsonPath.read(done, "$.totalChanges")).longValue();
        Map<String, Object> before = jdbc.queryForMap("select processed_households, skipped_households,"
                + " (select count(*) from policy_impact_chunk where run_id = r.id) as chunks,"
                + " (select sum(households) from policy_impact_area where run_id = r.id and program = '*') as counted"
                + " from policy_impact_run r where id = ?::uuid", jobId);
        assertThat(changes).isPositive();

        jdbc.update("update policy_impact_run set status = 'RUNNING', finished_at = null where id = ?::uuid", jobId);
        runtime.startProcessInstanceByKey(PolicyImpact.PROCESS, jobId, Map.of("runId", jobId, "chunk", 0, "afterId", 0L, "more", true));
        String again = finished(jobId);
        assertThat(((Number) JsonPath.read(again, "$.totalChanges")).longValue()).isEqualTo(changes);
        Map<String, Object> after = jdbc.queryForMap("select processed_households, skipped_households,"
                + " (select sum(households) from policy_impact_area where run_id = r.id and program = '*') as counted"
                + " from policy_impact_run r where id = ?::uuid", jobId);
        assertThat(after.get("processed_households")).isEqualTo(before.get("processed_households"));
        assertThat(after.get("skipped_households")).isEqualTo(before.get("skipped_households"));
        assertThat(after.get("counted")).isEqualTo(before.get("counted"));
    }

    @Test
    void badInputIsAFieldListAndOtherRolesAreRefused() throws Exception {
        long draft = draftRaisingThePovertyLine();
        String url = "/api/policy/drafts/" + draft + "/impact";
        as("policy", post(url).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        as("policy", post(url).contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2001-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        as("policy", post(url).contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2099-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        as("policy", post(url).contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"01/06/2030\"}"))
                .andExpect(status().isBadRequest());
        as("policy", post("/api/policy/drafts/99999999/impact").contentType(MediaType.APPLICATION_JSON)
                .content("{\"asOf\":\"2030-06-01\"}")).andExpect(status().isNotFound());
        for (String other : List.of(VUPHUC, "duyet.tpthaibinh", "chitra.tpthaibinh", "admin", "duyet.tinh")) {
            as(other, post(url).contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2030-06-01\"}"))
                    .andExpect(status().isForbidden());
        }
        String started = as("policy", post(url).contentType(MediaType.APPLICATION_JSON).content("{\"asOf\":\"2030-06-01\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String jobId = JsonPath.read(started, "$.jobId");
        for (String other : List.of("duyet.tpthaibinh", "chitra.tpthaibinh", "admin", "duyet.tinh")) {
            as(other, get("/api/policy/impact/" + jobId)).andExpect(status().isForbidden());
            as(other, get("/api/policy/impact/" + jobId + "/changes.xlsx")).andExpect(status().isForbidden());
        }
        as("policy", get("/api/policy/impact/" + jobId).param("size", "0").param("page", "-1").param("program", "X"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("page", "size", "program")));
        as("policy", get("/api/policy/impact/not-a-uuid")).andExpect(status().isBadRequest());
        as("policy", get("/api/policy/impact/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        finished(jobId);
    }
}
