package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.support.IntegrationTest;

/**
 * The workbench end to end on the real rules, Drools and PostgreSQL: a draft with a finding, fixed; a failing
 * scenario, fixed; submitted; self-approval refused; approved by another policy user; published for a moment a few
 * seconds ahead, which the poll brings into force while evaluations run; then rolled back.
 */
class PolicyWorkbenchTests extends IntegrationTest {

    static final String BASE_LEVEL = "parameters/social_allowance/base_level.yaml";
    static final String SCENARIO = "tests/workbench/base_level_2027.yaml";
    static final String EVALUATE_2027 = """
            {"asOf":"2027-02-01","household":{"id":"H","area":"URBAN","monthlyIncomePerCapita":4000000,
             "members":[{"id":"E1","birthDate":"1940-01-01"}]}}""";

    @Autowired EligibilityManagement eligibility;
    @Autowired JdbcTemplate jdbc;
    @Autowired PolicyActivation activation;

    static String scenario(long amount) {
        return """
                - name: "WB-01 base level 600.000 đ from 2027: SA5c at 80"
                  asOf: 2027-02-01
                  household:
                    area: URBAN
                    monthlyIncomePerCapita: 4000000
                    members:
                      - { id: E1, birthDate: 1940-01-01 }
                  expected:
                    socialAllowance: [ { memberId: E1, category: SA5c, monthlyAmount: %d } ]
                """.formatted(amount);
    }

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)));
    }

    long inForceId() throws Exception {
        String body = as("policy", get("/api/policy/versions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("IN_FORCE")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$[0].id")).longValue();
    }

    /**
     * The version imported from {@code rules/} at start-up: a draft of it holds the folder's files whatever other tests
     * of the shared context have published since (a later dated value in force would put this test's value out of order).
     */
    long folderVersionId() throws Exception {
        String body = as("policy", get("/api/policy/versions")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(body, "$[?(@.source == 'FILES')].id");
        return ids.stream().mapToLong(Number::longValue).max().orElseThrow();
    }

    long draft(long basedOn, String label) throws Exception {
        String body = as("policy", post("/api/policy/drafts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"basedOn\":" + basedOn + ",\"label\":\"" + label + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions save(long id, String path, String text) throws Exception {
        return as("policy", put("/api/policy/drafts/" + id + "/files/" + path).contentType(MediaType.TEXT_PLAIN).content(text));
    }

    static String label(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aDraftIsFixedTestedApprovedByAnotherUserPublishedOnScheduleAndRolledBack() throws Exception {
        long original = inForceId();
        String label = label("WB");
        long id = draft(folderVersionId(), label);

        // a rule that does not compile: the finding names its file and line
        save(id, "programs/workbench/broken.drl", "package rules.workbench;\n\nrule \"broken\"\nwhen\n  eval(\nthen\nend\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].file").value("programs/workbench/broken.drl"))
                .andExpect(jsonPath("$.findings[0].line").isNumber());
        as("policy", delete("/api/policy/drafts/" + id + "/files/programs/workbench/broken.drl")).andExpect(status().isNoContent());

        // a parameter period that overlaps the one before it, then the new dated value with its reference
        String baseLevel = as("policy", get("/api/policy/drafts/" + id + "/files/" + BASE_LEVEL)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String overlapping = baseLevel.replace("      value: 360000\n", "      to: 2025-01-01\n      value: 360000\n");
        save(id, BASE_LEVEL, overlapping).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].file").value(BASE_LEVEL))
                .andExpect(jsonPath("$.findings[0].message").value(org.hamcrest.Matchers.containsString("chồng lên giai đoạn trước")));
        String raised = baseLevel.stripTrailing() + "\n    - from: 2027-01-01\n      value: 600000\n"
                + "      reference: \"Nghị định thử nghiệm 1/2027/NĐ-CP, Điều 1\"\n";
        save(id, BASE_LEVEL, raised).andExpect(status().isOk()).andExpect(jsonPath("$.findings").isEmpty());

        // a scenario expecting the old amount fails with expected vs got; fixed, every scenario passes
        save(id, SCENARIO, scenario(500000)).andExpect(jsonPath("$.findings").isEmpty());
        as("policy", post("/api/policy/drafts/" + id + "/tests")).andExpect(status().isOk())
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.results[?(@.name =~ /WB-01.*/)].passed").value(false))
                .andExpect(jsonPath("$.results[?(@.name =~ /WB-01.*/)].diffs[0]").value(org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("600000"))));
        as("policy", post("/api/policy/drafts/" + id + "/submit")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.failedScenarios[0].name").value(org.hamcrest.Matchers.startsWith("WB-01")));
        save(id, SCENARIO, scenario(600000));
        as("policy", post("/api/policy/drafts/" + id + "/tests")).andExpect(status().isOk())
                .andExpect(jsonPath("$.failed").value(0))
                .andExpect(jsonPath("$.passed").value(org.hamcrest.Matchers.greaterThan(100)));

        // maker-checker
        as("policy", post("/api/policy/drafts/" + id + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
        save(id, SCENARIO, scenario(1)).andExpect(status().isConflict());
        as("policy", post("/api/policy/drafts/" + id + "/approve")).andExpect(status().isForbidden());
        as("canbo.vuphuc", post("/api/policy/drafts/" + id + "/approve")).andExpect(status().isForbidden());
        as("policy2", post("/api/policy/drafts/" + id + "/approve")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.approvedBy").value("policy2"));

        // scheduled publication a few seconds ahead, with evaluations in flight over the real port
        OffsetDateTime at = OffsetDateTime.now().plusSeconds(4);
        as("policy", post("/api/policy/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
                .content("{\"effectiveAt\":\"" + at + "\",\"changelog\":{\"what\":\"Mức chuẩn 600.000 đ từ 2027\","
                        + "\"why\":\"Thử nghiệm\",\"legalInstrument\":\"Nghị định thử nghiệm 1/2027/NĐ-CP\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version.status").value("SCHEDULED"));
        Load load = new Load(baseUrl());
        load.start(4);
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!label.equals(eligibility.ruleSet().label()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(500);
        } finally {
            load.stop();
        }
        assertThat(eligibility.ruleSet().label()).isEqualTo(label);
        assertThat(load.failed.get()).as("failed requests during the swap").isZero();
        assertThat(load.ok.get()).isGreaterThan(0);
        assertThat(load.sawNew.get()).as("evaluations after the swap carry the new version").isTrue();
        assertThat(inForceId()).isEqualTo(id);
        as("policy", post("/api/eligibility/evaluate").contentType(MediaType.APPLICATION_JSON).content(EVALUATE_2027))
                .andExpect(jsonPath("$.ruleSet.label").value(label))
                .andExpect(jsonPath("$.socialAllowance[0].monthlyAmount").value(600000));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('POLICY_VERSION_PUBLISHED',"
                + " 'POLICY_VERSION_IN_FORCE') and subject_id = ?", Long.class, String.valueOf(id))).isEqualTo(2);

        // rollback: the earlier version published again as a new version, now
        String back = label("RB");
        long rollback = draft(original, back);
        as("policy", post("/api/policy/drafts/" + rollback + "/submit")).andExpect(status().isOk());
        as("policy2", post("/api/policy/drafts/" + rollback + "/approve")).andExpect(status().isOk());
        as("policy", post("/api/policy/drafts/" + rollback + "/publish").contentType(MediaType.APPLICATION_JSON)
                .content("{\"effectiveAt\":null,\"changelog\":{\"what\":\"Trở lại " + label + "\",\"why\":\"Rollback\","
                        + "\"legalInstrument\":\"Nghị định 76/2024/NĐ-CP\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version.status").value("IN_FORCE"));
        assertThat(eligibility.ruleSet().label()).isEqualTo(back);
        as("policy", post("/api/eligibility/evaluate").contentType(MediaType.APPLICATION_JSON).content(EVALUATE_2027))
                .andExpect(jsonPath("$.ruleSet.label").value(back))
                .andExpect(jsonPath("$.socialAllowance[0].monthlyAmount").value(500000));
        as("policy", get("/api/policy/versions")).andExpect(jsonPath("$[0].label").value(back))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value(org.hamcrest.Matchers.hasItem("SUPERSEDED")));
    }

    @Test
    void aVersionBroughtIntoForceHasTheProvinceReEvaluatedUnderItAndTheHouseholdsItMovesFlagged() throws Exception {
        long original = inForceId();
        String label = label("RV");
        long id = draft(folderVersionId(), label);
        String lines = "parameters/poverty/income_thresholds.yaml";
        String text = as("policy", get("/api/policy/drafts/" + id + "/files/" + lines)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String rural = "      value: 1500000\n      reference: \"Nghị định 07/2021/NĐ-CP, Điều 3 khoản 1 điểm a\"\n";
        assertThat(text).contains(rural);
        // a rural income line of 3.000.000 đ for December 2026 only: households between the two lines become poor today
        save(id, lines, text.replaceFirst(java.util.regex.Pattern.quote(rural), rural
                + "    - from: 2026-12-01\n      value: 3000000\n      reference: \"Thử nghiệm rà soát sau công bố\"\n"))
                .andExpect(jsonPath("$.findings").isEmpty());
        as("policy", post("/api/policy/drafts/" + id + "/submit")).andExpect(status().isOk());
        as("policy2", post("/api/policy/drafts/" + id + "/approve")).andExpect(status().isOk());
        activation.reviewAfterPublication(true);
        try {
            as("policy", post("/api/policy/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"effectiveAt\":null,\"changelog\":{\"what\":\"Chuẩn nghèo thử nghiệm\",\"why\":\"Rà soát\","
                            + "\"legalInstrument\":\"Thử nghiệm\"}}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.version.status").value("IN_FORCE"));
        } finally {
            activation.reviewAfterPublication(false);
        }
        Map<String, Object> job = jdbc.queryForMap("select id, scope, started_by, as_of from reevaluation_job where rules_label = ?",
                label);
        assertThat(job.get("scope")).isEqualTo("PROVINCE");
        assertThat(job.get("started_by")).isEqualTo("system");
        java.util.UUID jobId = (java.util.UUID) job.get("id");
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && jdbc.queryForObject("""
                select j.planned_at is null or exists (select 1 from reevaluation_chunk c where c.job_id = j.id and c.done_at is null)
                  from reevaluation_job j where j.id = ?""", Boolean.class, jobId)) {
            Thread.sleep(500);
        }
        long decisions = jdbc.queryForObject("select count(*) from eligibility_decision where bulk_job_id = ?", Long.class, jobId);
        assertThat(decisions).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from eligibility_decision where bulk_job_id = ? and rule_set_label <> ?",
                Long.class, jobId, label)).isZero();
        // households the higher line makes poor are flagged for a review case; none of them is changed by the job
        assertThat(jdbc.queryForObject("select count(*) from reevaluation_flag where job_id = ? and program = 'poverty'"
                + " and after_value = 'POOR'", Long.class, jobId)).isPositive();

        // back to the rules in force before, with no second re-evaluation
        long back = draft(original, label("RV-back"));
        as("policy", post("/api/policy/drafts/" + back + "/submit")).andExpect(status().isOk());
        as("policy2", post("/api/policy/drafts/" + back + "/approve")).andExpect(status().isOk());
        as("policy", post("/api/policy/drafts/" + back + "/publish").contentType(MediaType.APPLICATION_JSON)
                .content("{\"effectiveAt\":null,\"changelog\":{\"what\":\"Trở lại\",\"why\":\"Rollback\","
                        + "\"legalInstrument\":\"Thử nghiệm\"}}")).andExpect(status().isOk());
    }

    @Test
    void theExportIsARulesFolderWithEveryFileOfTheVersion() throws Exception {
        long original = inForceId();
        byte[] zip = as("policy", get("/api/policy/versions/" + original + "/export.zip")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        String files = as("policy", get("/api/policy/drafts/" + original + "/files")).andReturn().getResponse().getContentAsString();
        List<String> paths = JsonPath.read(files, "$[*].path");
        assertThat(names).containsExactlyInAnyOrderElementsOf(paths.stream().map(p -> "rules/" + p).toList())
                .contains("rules/ruleset.yaml", "rules/" + BASE_LEVEL);
    }

    @Test
    void pathsOutsideRulesAndUnknownFilesAreRefused() throws Exception {
        long id = draft(inForceId(), label("P"));
        as("policy", get("/api/policy/drafts/" + id + "/files/parameters/none.yaml")).andExpect(status().isNotFound());
        as("policy", get("/api/policy/drafts/" + id + "/files/parameters/%2E%2E/ruleset.yaml")).andExpect(status().is4xxClientError());
        save(id, "parameters/..%2Fx.yaml", "x: 1").andExpect(status().is4xxClientError());
        as("policy", delete("/api/policy/drafts/" + id + "/files/nothing.yaml")).andExpect(status().isNotFound());
        as("policy", get("/api/policy/drafts/999999999/files")).andExpect(status().isNotFound());
        as("policy", post("/api/policy/drafts").contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("basedOn", "label")));
    }

    @Test
    void nobodyButPolicyStaffUsesTheWorkbench() throws Exception {
        long id = draft(inForceId(), label("N"));
        for (String user : List.of("canbo.vuphuc", "duyet.tpthaibinh", "duyet.tinh", "chitra.tpthaibinh", "admin")) {
            List<MockHttpServletRequestBuilder> requests = List.of(get("/api/policy/versions"),
                    get("/api/policy/versions/" + id), get("/api/policy/versions/" + id + "/export.zip"),
                    post("/api/policy/drafts").contentType(MediaType.APPLICATION_JSON).content("{\"basedOn\":" + id + ",\"label\":\"x\"}"),
                    get("/api/policy/drafts/" + id + "/files"), get("/api/policy/drafts/" + id + "/files/ruleset.yaml"),
                    put("/api/policy/drafts/" + id + "/files/ruleset.yaml").contentType(MediaType.TEXT_PLAIN).content("label: x"),
                    delete("/api/policy/drafts/" + id + "/files/ruleset.yaml"), post("/api/policy/drafts/" + id + "/tests"),
                    post("/api/policy/drafts/" + id + "/submit"), post("/api/policy/drafts/" + id + "/approve"),
                    post("/api/policy/drafts/" + id + "/send-back").contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}"),
                    post("/api/policy/drafts/" + id + "/publish").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"changelog\":{\"what\":\"a\",\"why\":\"b\",\"legalInstrument\":\"c\"}}"));
            for (MockHttpServletRequestBuilder r : requests) {
                as(user, r).andExpect(status().isForbidden());
            }
        }
        as("policy2", put("/api/policy/drafts/" + id + "/files/ruleset.yaml").contentType(MediaType.TEXT_PLAIN)
                .content("label: x")).andExpect(status().isForbidden());
    }

    /** Evaluations over HTTP on the real port until stopped; counts answers that are not 200. */
    static final class Load {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicBoolean sawNew = new AtomicBoolean();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();
        private final String baseUrl;

        Load(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        void start(int n) {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString("policy:policy".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < n; i++) {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        try {
                            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/eligibility/evaluate"))
                                    .header("Authorization", auth).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(EVALUATE_2027)).build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 200) {
                                ok.incrementAndGet();
                                if (r.body().contains("600000")) {
                                    sawNew.set(true);
                                }
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(10_000);
            }
        }
    }
}
