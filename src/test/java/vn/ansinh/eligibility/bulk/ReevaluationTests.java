package vn.ansinh.eligibility.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SecondNode;
import vn.ansinh.support.SignedIn;

/**
 * Bulk re-evaluation end to end on the real engine, rules and PostgreSQL: the API starts a Flowable job, chunks run
 * as Flowable jobs, decisions and flags land once, refusals are refused and audited, a second engine node on the same
 * database takes chunks and gives the same decisions.
 */
class ReevaluationTests extends IntegrationTest {

    /** Xã Vũ Hội (huyện Vũ Thư): 50 demo households, its officer canbo.vuhoi. */
    static final String COMMUNE = "13255";
    static final String OFFICER = "canbo.vuhoi";
    static final String AS_OF = "2025-01-01";

    @Autowired JdbcTemplate jdbc;
    @Autowired ChunkRunner runner;
    @Autowired TransactionTemplate tx;
    @Autowired AssessmentManagement assessments;
    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired EligibilityManagement eligibility;

    UUID start(String user, String body) throws Exception {
        String answer = mvc.perform(post("/api/reevaluations").with(httpBasic(user, user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(answer, "$.jobId"));
    }

    Map<String, Object> awaitDone(UUID job, String user) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            String answer = mvc.perform(get("/api/reevaluations/" + job).with(httpBasic(user, user)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Map<String, Object> status = JsonPath.read(answer, "$");
            if (!"RUNNING".equals(status.get("status"))) {
                assertThat(status.get("status")).as(answer).isEqualTo("DONE");
                return status;
            }
            assertThat(System.nanoTime()).as("job still running: " + answer).isLessThan(until);
            Thread.sleep(250);
        }
    }

    long decisionsOf(UUID job) {
        return jdbc.queryForObject("select count(*) from eligibility_decision where bulk_job_id = ?", Long.class, job);
    }

    @Test
    void aCommuneRunStoresExactlyOneDecisionPerHouseholdWithVersionAndReasonsAndIsAudited() throws Exception {
        UUID job = start(OFFICER, "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"" + AS_OF + "\",\"chunkSize\":7}");
        Map<String, Object> done = awaitDone(job, OFFICER);

        long households = jdbc.queryForObject("select count(*) from household where commune_code = ?", Long.class, COMMUNE);
        long assessed = jdbc.queryForObject("select count(*) from household h where commune_code = ?"
                + " and exists (select 1 from assessment a where a.household_id = h.id)", Long.class, COMMUNE);
        assertThat(assessed).isGreaterThanOrEqualTo(50);
        assertThat(((Number) done.get("households")).longValue()).isEqualTo(households);
        assertThat(((Number) done.get("decisions")).longValue()).isEqualTo(assessed);
        assertThat(((Number) done.get("skipped")).longValue()).isEqualTo(households - assessed);
        assertThat(done.get("progress")).isEqualTo(100);
        assertThat((Integer) done.get("chunks")).isEqualTo((int) Math.ceil(households / 7.0)).isGreaterThan(1);
        assertThat(decisionsOf(job)).isEqualTo(assessed);
        // one per household of the commune, nobody else's
        assertThat(jdbc.queryForObject("select count(distinct household_id) from eligibility_decision d join household h"
                + " on h.id = d.household_id where bulk_job_id = ? and h.commune_code = ?", Long.class, job, COMMUNE)).isEqualTo(assessed);
        List<Map<String, Object>> rows = jdbc.queryForList("select * from eligibility_decision where bulk_job_id = ?", job);
        assertThat(rows).allSatisfy(r -> {
            assertThat((String) r.get("rule_set_version")).startsWith("sha256:");
            assertThat(r.get("as_of").toString()).isEqualTo(AS_OF);
            assertThat(r.get("evaluated_by")).isEqualTo(OFFICER);
            assertThat((String) r.get("result")).contains("\"reasons\"").contains("\"poverty\"");
            assertThat((String) r.get("input_snapshot")).contains("\"members\"");
            assertThat((String) r.get("outcomes")).contains("poverty|=");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REEVALUATION_STARTED' and subject_id = ?"
                + " and username = ?", Long.class, job.toString(), OFFICER)).isEqualTo(1);
    }

    @Test
    void aBulkDecisionStoresTheSameInputAndResultTextAsASingleDecision() throws Exception {
        UUID job = start(OFFICER, "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"" + AS_OF + "\",\"chunkSize\":9}");
        awaitDone(job, OFFICER);
        List<Long> households = jdbc.queryForList("select household_id from eligibility_decision where bulk_job_id = ?"
                + " order by household_id", Long.class, job);
        assertThat(households).hasSizeGreaterThanOrEqualTo(50);
        Map<Long, Long> single = new java.util.HashMap<>();
        SignedIn.run(users, OFFICER, () -> households.forEach(h ->
                single.put(h, eligibility.evaluateHousehold(h, LocalDate.parse(AS_OF)).id())));
        for (long h : households) {
            Map<String, Object> bulk = jdbc.queryForMap("select input_snapshot, result, outcomes from eligibility_decision"
                    + " where bulk_job_id = ? and household_id = ?", job, h);
            Map<String, Object> one = jdbc.queryForMap("select input_snapshot, result from eligibility_decision where id = ?",
                    single.get(h));
            assertThat(bulk.get("input_snapshot")).as("household " + h).isEqualTo(one.get("input_snapshot"));
            assertThat(bulk.get("result")).as("household " + h).isEqualTo(one.get("result"));
            assertThat((String) bulk.get("outcomes")).as("household " + h).contains("poverty|=").contains("\n");
        }
    }

    @Test
    void aChunkRunAgainAddsNothingEvenWhenItsDoneMarkIsLost() throws Exception {
        UUID job = start(OFFICER, "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"" + AS_OF + "\",\"chunkSize\":10}");
        awaitDone(job, OFFICER);
        long decisions = decisionsOf(job);
        long flags = jdbc.queryForObject("select count(*) from reevaluation_flag where job_id = ?", Long.class, job);

        ChunkRunner.Outcome again = tx.execute(s -> runner.run(job, 0, "test"));
        assertThat(again.repeated()).isTrue();
        // the second guard: a chunk whose done mark is gone inserts nothing twice (unique job + household)
        jdbc.update("update reevaluation_chunk set done_at = null where job_id = ? and seq = 1", job);
        ChunkRunner.Outcome redo = tx.execute(s -> runner.run(job, 1, "test"));
        assertThat(redo.repeated()).isFalse();
        assertThat(redo.households()).isEqualTo(10);
        assertThat(redo.decisions()).isZero();
        assertThat(decisionsOf(job)).isEqualTo(decisions);
        assertThat(jdbc.queryForObject("select count(*) from reevaluation_flag where job_id = ?", Long.class, job)).isEqualTo(flags);
        assertThat(jdbc.queryForObject("select count(*) from eligibility_decision where bulk_job_id = ?"
                + " group by household_id order by count(*) desc limit 1", Long.class, job)).isEqualTo(1);
    }

    @Test
    void aStatusChangeIsFlaggedAndTheHouseholdIsLeftAsItWas() throws Exception {
        UUID first = start(OFFICER, "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"" + AS_OF + "\"}");
        awaitDone(first, OFFICER);
        Long household = jdbc.queryForObject("""
                select d.household_id from eligibility_decision d join household h on h.id = d.household_id
                where d.bulk_job_id = ? and d.poverty_status <> 'POOR' and h.official_status_since is null
                order by d.household_id limit 1""", Long.class, first);
        Map<String, Object> before = jdbc.queryForMap("select official_poverty_status, version from household where id = ?", household);
        AssessmentForm poorer = new AssessmentForm();
        poorer.setAssessedOn(LocalDate.of(2024, 12, 20));
        poorer.setMonthlyIncomePerCapita(300_000L);
        poorer.setDeprivations(List.of("E1", "E2", "E3", "E4", "E5", "E6"));
        poorer.setHousingCondition(HousingCondition.SOUND);
        assessments.recordUnchecked(household, poorer, "test");

        UUID second = start(OFFICER, "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"" + AS_OF + "\"}");
        Map<String, Object> done = awaitDone(second, OFFICER);

        List<Map<String, Object>> flags = jdbc.queryForList("select * from reevaluation_flag where job_id = ?", second);
        assertThat(flags).isNotEmpty().allSatisfy(f -> assertThat(f.get("household_id")).isEqualTo(household));
        assertThat(flags).anySatisfy(f -> {
            assertThat(f.get("program")).isEqualTo("poverty");
            assertThat(f.get("member_id")).isEqualTo("");
            assertThat(f.get("before_value")).isNotEqualTo("POOR");
            assertThat(f.get("after_value")).isEqualTo("POOR");
        });
        assertThat(((Number) done.get("changed")).longValue()).isEqualTo(1);
        assertThat(((Number) done.get("flags")).longValue()).isEqualTo(flags.size());
        assertThat(jdbc.queryForMap("select official_poverty_status, version from household where id = ?", household)).isEqualTo(before);
    }

    @Test
    void refusalsAreRefusedAndAudited() throws Exception {
        String other = "{\"scope\":\"COMMUNE:12433\",\"asOf\":\"" + AS_OF + "\"}";
        mvc.perform(post("/api/reevaluations").contentType(MediaType.APPLICATION_JSON).content(other))
                .andExpect(status().isUnauthorized());
        long audit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        mvc.perform(post("/api/reevaluations").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON).content(other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reevaluations").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"PROVINCE\",\"asOf\":\"" + AS_OF + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reevaluations").with(httpBasic("duyet.vuthu", "duyet.vuthu")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"" + AS_OF + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select username from audit_entry where id > ? and action = 'ACT_REFUSED'"
                + " and subject_type like 'reevaluation%'", String.class, audit)).containsExactlyInAnyOrder(OFFICER, OFFICER, "duyet.vuthu");

        mvc.perform(post("/api/reevaluations").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"COMMUNE:99999\",\"asOf\":\"2025-13-01\",\"chunkSize\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("scope", "asOf", "chunkSize")));
        mvc.perform(post("/api/reevaluations").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("scope", "asOf")));
        mvc.perform(post("/api/reevaluations").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":"))
                .andExpect(status().isBadRequest());

        UUID job = start(OFFICER, "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"" + AS_OF + "\"}");
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        mvc.perform(get("/api/reevaluations/" + job).with(httpBasic("canbo.lehongphong", "canbo.lehongphong")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForList("select action from audit_entry where id > ? and username = 'canbo.lehongphong'",
                String.class, before)).contains("DECISION_ACCESS_REFUSED");
        // the district's approver sees the commune's job, policy staff too
        mvc.perform(get("/api/reevaluations/" + job).with(httpBasic("duyet.vuthu", "duyet.vuthu"))).andExpect(status().isOk());
        awaitDone(job, "policy");
    }

    @Test
    void aSecondEngineNodeOnTheSameDatabaseTakesChunksAndTheDecisionsAreTheSame() throws Exception {
        UUID alone = start("policy", "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"2024-07-01\",\"chunkSize\":5}");
        awaitDone(alone, "policy");
        UUID shared;
        Map<String, Object> done;
        try (SecondNode node = SecondNode.start(context)) {
            shared = start("policy", "{\"scope\":\"COMMUNE:" + COMMUNE + "\",\"asOf\":\"2024-07-01\",\"chunkSize\":5}");
            done = awaitDone(shared, "policy");
        }
        List<Map<String, Object>> nodes = JsonPath.read(done, "$.nodes");
        System.out.println("Chunks by node with a second node: " + nodes);
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n.get("node")).isEqualTo(SecondNode.NAME);
            assertThat((Integer) n.get("chunks")).isPositive();
        });
        assertThat(decisionsOf(shared)).isEqualTo(decisionsOf(alone)).isPositive();
        // household by household the same outcome and reasons (the result JSON), the same inputs
        assertThat(jdbc.queryForObject("""
                select count(*) from eligibility_decision a join eligibility_decision b on b.household_id = a.household_id
                where a.bulk_job_id = ? and b.bulk_job_id = ? and a.result = b.result and a.input_snapshot = b.input_snapshot""",
                Long.class, alone, shared)).isEqualTo(decisionsOf(alone));
    }

    @Test
    void thePageOffersTheOfficersCommuneShowsFieldErrorsInVietnameseAndTheJobsProgress() throws Exception {
        String page = mvc.perform(get("/reevaluations").with(user(users.loadUserByUsername(OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"COMMUNE:" + COMMUNE + "\"").doesNotContain("value=\"PROVINCE\"")
                .doesNotContain("COMMUNE:12433");
        String refused = mvc.perform(post("/reevaluations").with(user(users.loadUserByUsername(OFFICER)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("scope", "COMMUNE:" + COMMUNE).param("asOf", "31/02/2025"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Ngày không hợp lệ.").contains("is-invalid");
        String started = mvc.perform(post("/reevaluations").with(user(users.loadUserByUsername(OFFICER)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("scope", "COMMUNE:" + COMMUNE).param("asOf", "01/01/2025"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(started).startsWith("/reevaluations/");
        UUID job = UUID.fromString(started.substring("/reevaluations/".length()));
        String shown = mvc.perform(get(started).with(user(users.loadUserByUsername(OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("id=\"reevaluation-progress\"").contains("/js/reevaluation.js")
                .contains("/api/reevaluations/" + job).contains("Xã Vũ Hội").contains("01/01/2025")
                .doesNotContain("COMMUNE:" + COMMUNE);
        awaitDone(job, OFFICER);
        String list = mvc.perform(get("/reevaluations").with(user(users.loadUserByUsername(OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/reevaluations/" + job).contains("Đã xong");
    }
}
