package vn.ansinh.casework.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.HouseholdYearFact;
import vn.ansinh.household.PovertyYears;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SecondNode;

/**
 * The annual review campaign end to end on PostgreSQL and Flowable: its opening runs as Flowable jobs in chunks and
 * opens exactly one case per household on the list, with a request or a poverty flag (none for others, none twice,
 * none more when a chunk runs again after a lost mark); each area sees its own communes' progress; the close fixes
 * the year's statuses where the plan tracker reads them; refusals by role and area. Each test closes its campaign and
 * withdraws the cases it opened, so that the one-open-case rule of other tests' households is as it was.
 */
class CampaignTests extends IntegrationTest {

    /** Xã Vũ Hội (huyện Vũ Thư 344), its officer; Xã Vũ Phúc (TP Thái Bình 336). */
    static final String COMMUNE = "13255";
    static final String OFFICER = "canbo.vuhoi";
    static final String OPEN = "'ASSESSMENT', 'NOT_ELIGIBLE', 'VILLAGE_MEETING', 'POSTING', 'RE_VERIFICATION', 'APPROVAL'";

    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired CampaignChunkRunner runner;
    @Autowired TransactionTemplate tx;
    @Autowired PovertyYears povertyYears;
    @Autowired UserDetailsService users;
    @Autowired org.springframework.context.ApplicationContext context;

    long open(int year) throws Exception {
        return open(year, "");
    }

    long open(int year, String more) throws Exception {
        // another class's campaign left open (the role matrix's refused cells) is closed first
        jdbc.queryForList("select id from review_campaign where status = 'OPEN'", Long.class).forEach(this::cleanUp);
        String answer = mvc.perform(post("/api/campaigns").with(httpBasic("policy", "policy"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":" + year + ",\"startsOn\":\"" + year + "-09-01\",\"endsOn\":\"" + year + "-12-14\"" + more + "}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    Map<String, Object> campaign(long id, String user) throws Exception {
        String answer = mvc.perform(get("/api/campaigns/" + id).with(httpBasic(user, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$");
    }

    Map<String, Object> awaitOpened(long id) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            Map<String, Object> s = campaign(id, "policy");
            if (!"OPENING".equals(s.get("status"))) {
                assertThat(s.get("status")).as(s.toString()).isEqualTo("OPEN");
                return s;
            }
            assertThat(System.nanoTime()).as("still opening: " + s).isLessThan(until);
            Thread.sleep(200);
        }
    }

    /** Closes the campaign if still open and withdraws the cases it opened (their processes ended). */
    void cleanUp(long id) {
        jdbc.update("update review_campaign set status = 'CLOSED', closed_at = now() where id = ? and status = 'OPEN'", id);
        for (Map<String, Object> c : jdbc.queryForList("select c.id, c.process_instance_id from review_campaign_household h"
                + " join casework_case c on c.id = h.case_id where h.campaign_id = ? and not h.taken_up and c.status in (" + OPEN + ")", id)) {
            String instance = (String) c.get("process_instance_id");
            if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                runtime.deleteProcessInstance(instance, "test clean-up");
            }
            jdbc.update("update casework_case set status = 'CLOSED' where id = ?", c.get("id"));
        }
    }

    /** A household's status as of the year: its latest recorded year up to then, else the register's. */
    static final String CURRENT = """
            coalesce((select y.poverty_status from household_year_status y where y.household_id = h.id and y.year <= %d
                      order by y.year desc, y.decided_on desc nulls last limit 1), h.official_poverty_status)""";

    Set<Long> expectedList(int year) {
        return new HashSet<>(jdbc.queryForList("select id from household h where " + CURRENT.formatted(year)
                + " in ('POOR', 'NEAR_POOR') union " + """
                 select household_id from casework_case where program = 'POVERTY_RECOGNITION' and member_id is null
                  and status in (""" + OPEN + """
                )
                union select household_id from reevaluation_flag where program = 'poverty' and review_case_id is null
                  and dismissed_at is null""", Long.class));
    }

    /** A household of the commune not on a list and without an open poverty case or a pending flag. */
    List<Long> unlisted(int n) {
        return jdbc.queryForList("select h.id from household h where h.commune_code = ? and "
                + CURRENT.formatted(2099) + " not in ('POOR', 'NEAR_POOR') and " + """
                not exists (select 1 from casework_case c where c.household_id = h.id and c.program = 'POVERTY_RECOGNITION'
                  and c.status in (""" + OPEN + """
                ))
                and not exists (select 1 from reevaluation_flag f where f.household_id = h.id and f.review_case_id is null
                  and f.dismissed_at is null)
                order by h.id limit ?""", Long.class, COMMUNE, n);
    }

    UUID flagJob() {
        UUID job = UUID.randomUUID();
        jdbc.update("insert into reevaluation_job (id, scope, as_of, started_by, jurisdiction, chunk_size)"
                + " values (?, 'COMMUNE:" + COMMUNE + "', date '2026-11-01', 'policy', 'province:34', 100)", job);
        return job;
    }

    long flag(UUID job, long household, String program, String member, String before, String after) {
        return jdbc.queryForObject("insert into reevaluation_flag (job_id, household_id, program, member_id, before_value, after_value)"
                + " values (?, ?, ?, ?, ?, ?) returning id", Long.class, job, household, program, member, before, after);
    }

    @Test
    void openingOpensExactlyOneCasePerListedRequestedOrFlaggedHouseholdAndARunAgainAddsNone() throws Exception {
        List<Long> others = unlisted(4);
        long requested = others.get(0);
        long flagged = others.get(1);
        long dismissed = others.get(2);
        long allowanceOnly = others.get(3);
        // a pending request: an ad-hoc poverty case the commune opened on the household's Form 01
        String opened = mvc.perform(post("/api/cases").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + requested + ",\"program\":\"POVERTY_RECOGNITION\",\"kind\":\"AD_HOC\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long requestCase = ((Number) JsonPath.read(opened, "$.id")).longValue();
        UUID job = flagJob();
        long povertyFlag = flag(job, flagged, "poverty", "", "NONE", "POOR");
        long gone = flag(job, dismissed, "poverty", "", "NONE", "NEAR_POOR");
        jdbc.update("update reevaluation_flag set dismissed_at = now(), dismissed_by = 'x', dismiss_reason = 'test' where id = ?", gone);
        flag(job, allowanceOnly, "socialAllowance", "1", null, "A");
        Set<Long> expected = expectedList(2091);
        assertThat(expected).contains(requested, flagged).doesNotContain(dismissed, allowanceOnly);
        long casesBefore = jdbc.queryForObject("select count(*) from casework_case", Long.class);

        long started = System.nanoTime();
        long id = open(2091);
        try {
            Map<String, Object> done = awaitOpened(id);
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<Long> listed = jdbc.queryForList("select household_id from review_campaign_household where campaign_id = ?",
                    Long.class, id);
            assertThat(new HashSet<>(listed)).isEqualTo(expected);
            assertThat(listed).hasSameSizeAs(expected);
            assertThat(jdbc.queryForObject("select count(*) from review_campaign_household where campaign_id = ? and case_id is null",
                    Long.class, id)).isZero();
            assertThat(jdbc.queryForObject("select count(distinct case_id) from review_campaign_household where campaign_id = ?",
                    Long.class, id)).isEqualTo(expected.size());
            long newCases = jdbc.queryForObject("select count(*) from casework_case", Long.class) - casesBefore;
            long takenUp = jdbc.queryForObject("select count(*) from review_campaign_household where campaign_id = ? and taken_up",
                    Long.class, id);
            assertThat(newCases).isEqualTo(expected.size() - takenUp).isPositive();
            // the new ones: annual review poverty cases at the assessment step, each with its process
            assertThat(jdbc.queryForList("select c.kind || '/' || c.program || '/' || c.status || '/' || (c.process_instance_id is not null)"
                    + " from review_campaign_household h join casework_case c on c.id = h.case_id where h.campaign_id = ? and not h.taken_up",
                    String.class, id)).containsOnly("ANNUAL_REVIEW/POVERTY_RECOGNITION/ASSESSMENT/true");
            // no household has two open poverty cases
            assertThat(jdbc.queryForObject("select count(*) from (select household_id from casework_case where program = 'POVERTY_RECOGNITION'"
                    + " and member_id is null and status in (" + OPEN + ") group by household_id having count(*) > 1) x", Long.class)).isZero();
            // the request is handled in its own case, the flag by the new case; the origins are kept
            assertThat(jdbc.queryForMap("select case_id, taken_up, origin from review_campaign_household where campaign_id = ? and household_id = ?",
                    id, requested)).containsEntry("case_id", requestCase).containsEntry("taken_up", true).containsEntry("origin", "REQUEST");
            Map<String, Object> flaggedRow = jdbc.queryForMap("select case_id, origin from review_campaign_household where campaign_id = ?"
                    + " and household_id = ?", id, flagged);
            assertThat(flaggedRow).containsEntry("origin", "FLAG");
            assertThat(jdbc.queryForObject("select review_case_id from reevaluation_flag where id = ?", Long.class, povertyFlag))
                    .isEqualTo(flaggedRow.get("case_id"));
            assertThat(((Number) done.get("households")).longValue()).isEqualTo(expected.size());
            assertThat(((Number) done.get("opened")).longValue()).isEqualTo(expected.size());
            assertThat(done.get("progress")).isEqualTo(100);
            System.out.println("Campaign opening: " + expected.size() + " households (" + newCases + " cases opened, " + takenUp
                    + " taken up) in " + millis + " ms, " + (newCases * 1000 / Math.max(1, millis)) + " cases/s, chunks "
                    + done.get("chunks"));

            // a chunk run again finds itself done; with its mark lost it adds nothing; with a household's link lost too
            // it takes up the case that household already has
            assertThat(tx.execute(s -> runner.run(id, 0, "test")).repeated()).isTrue();
            long someone = jdbc.queryForObject("select household_id from review_campaign_household where campaign_id = ? and not taken_up"
                    + " order by household_id limit 1", Long.class, id);
            Long itsCase = jdbc.queryForObject("select case_id from review_campaign_household where campaign_id = ? and household_id = ?",
                    Long.class, id, someone);
            int seq = jdbc.queryForObject("select seq from review_campaign_chunk where campaign_id = ? and after_id < ? and up_to_id >= ?",
                    Integer.class, id, someone, someone);
            jdbc.update("update review_campaign_chunk set done_at = null where campaign_id = ? and seq = ?", id, seq);
            jdbc.update("update review_campaign_household set case_id = null where campaign_id = ? and household_id = ?", id, someone);
            CampaignChunkRunner.Outcome redo = tx.execute(s -> runner.run(id, seq, "test"));
            assertThat(redo.repeated()).isFalse();
            assertThat(redo.opened()).isZero();
            assertThat(redo.takenUp()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select case_id from review_campaign_household where campaign_id = ? and household_id = ?",
                    Long.class, id, someone)).isEqualTo(itsCase);
            assertThat(jdbc.queryForObject("select count(*) from casework_case", Long.class) - casesBefore).isEqualTo(newCases);
            // the planning run again (a restart before its commit was seen) finds the campaign planned
            runtime.startProcessInstanceByKey(CampaignSteps.PLANNING_PROCESS, CampaignSteps.businessKey(id), Map.of("campaignId", id));
            Thread.sleep(1500);
            assertThat(jdbc.queryForObject("select count(*) from review_campaign_chunk where campaign_id = ?", Integer.class, id))
                    .isEqualTo((Integer) done.get("chunks"));
            assertThat(jdbc.queryForObject("select count(*) from casework_case", Long.class) - casesBefore).isEqualTo(newCases);

            // one a year, one open at a time; audited
            mvc.perform(post("/api/campaigns").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"year\":2091,\"startsOn\":\"2091-09-01\",\"endsOn\":\"2091-12-14\"}"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("campaign.year.exists"));
            mvc.perform(post("/api/campaigns").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"year\":2090,\"startsOn\":\"2090-09-01\",\"endsOn\":\"2090-12-14\"}"))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("campaign.other.open"));
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CAMPAIGN_OPENED' and subject_id = ?"
                    + " and username = 'policy'", Long.class, String.valueOf(id))).isEqualTo(1);
        } finally {
            cleanUp(id);
            jdbc.update("update reevaluation_flag set dismissed_at = now(), dismissed_by = 'test', dismiss_reason = 'test'"
                    + " where job_id = ? and dismissed_at is null and review_case_id is null", job);
            withdraw(requestCase);
        }
    }

    @Test
    void eachAreaSeesItsCommunesProgressAndTheCloseFixesTheYearsStatusesForThePlanTracker() throws Exception {
        long id = open(2092);
        try {
            awaitOpened(id);
            // move two of the commune's new cases on, as the steps would
            List<Long> ofCommune = jdbc.queryForList("select case_id from review_campaign_household where campaign_id = ?"
                    + " and commune_code = ? and not taken_up order by household_id", Long.class, id, COMMUNE);
            assertThat(ofCommune).hasSizeGreaterThanOrEqualTo(2);
            jdbc.update("update casework_case set status = 'VILLAGE_MEETING' where id = ?", ofCommune.get(0));
            jdbc.update("update casework_case set status = 'REJECTED' where id = ?", ofCommune.get(1));
            Map<String, Object> expected = jdbc.queryForMap("""
                    select count(*) as households, count(h.case_id) as opened,
                      count(*) filter (where c.status in ('ASSESSMENT', 'NOT_ELIGIBLE')) as assessment,
                      count(*) filter (where c.status = 'VILLAGE_MEETING') as meeting,
                      count(*) filter (where c.status in ('POSTING', 'RE_VERIFICATION')) as posted,
                      count(*) filter (where c.status = 'APPROVAL') as approval,
                      count(*) filter (where c.status in ('APPROVED', 'REJECTED', 'CLOSED')) as decided
                    from review_campaign_household h join casework_case c on c.id = h.case_id
                    where h.campaign_id = ? and h.commune_code = ?""", id, COMMUNE);
            Map<String, Object> seen = campaign(id, OFFICER);
            assertThat(((Number) seen.get("households")).longValue()).isEqualTo(expected.get("households"));
            assertThat(((Number) seen.get("opened")).longValue()).isEqualTo(expected.get("opened"));
            Map<String, Object> byStep = JsonPath.read(seen, "$.byStep");
            for (String step : List.of("assessment", "meeting", "posted", "approval", "decided")) {
                assertThat(((Number) byStep.get(step)).longValue()).as(step).isEqualTo(expected.get(step));
            }
            assertThat(((Number) byStep.get("meeting")).longValue()).isGreaterThanOrEqualTo(1);
            assertThat(((Number) byStep.get("decided")).longValue()).isGreaterThanOrEqualTo(1);
            long province = ((Number) campaign(id, "policy").get("households")).longValue();
            assertThat(province).isGreaterThan(((Number) seen.get("households")).longValue());

            // the commune's page: its own row in words; the district's: its communes; the province: every commune
            String communePage = page("/campaigns/" + id, OFFICER);
            assertThat(communePage).contains("Xã Vũ Hội").doesNotContain("Vũ Phúc").contains("Họp dân").contains("Đang rà soát")
                    .doesNotContain(COMMUNE).doesNotContain("VILLAGE_MEETING").doesNotContain("OPEN<");
            String districtPage = page("/campaigns/" + id, "duyet.vuthu");
            assertThat(districtPage).contains("Xã Vũ Hội").doesNotContain("Vũ Phúc");
            String provincePage = page("/campaigns/" + id, "policy");
            assertThat(provincePage).contains("Xã Vũ Hội").contains("id=\"campaign-close\"");
            assertThat(page("/campaigns", OFFICER)).contains("/campaigns/" + id).doesNotContain("id=\"campaign-form\"");

            // the close: refused while cases are open, unless confirmed
            mvc.perform(post("/api/campaigns/" + id + "/close").with(httpBasic("policy", "policy")))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("campaign.casesOpen"))
                    .andExpect(jsonPath("$.openCases").isNumber());
            // a household whose case was approved as poor during the campaign (what HouseholdManagement.recognise writes)
            long approved = jdbc.queryForObject("select household_id from review_campaign_household where campaign_id = ? and case_id = ?",
                    Long.class, id, ofCommune.get(0));
            povertyYears.record(approved, 2092, vn.ansinh.household.PovertyStatus.POOR, null, java.time.LocalDate.of(2092, 11, 20),
                    PovertyYears.CASE_DECISION);
            Map<Long, String> now = new java.util.HashMap<>();
            jdbc.query("select h.id, " + CURRENT.formatted(2092) + " from household h join review_campaign_household c"
                    + " on c.household_id = h.id and c.campaign_id = ?", rs -> {
                        now.put(rs.getLong(1), rs.getString(2) == null ? "NONE" : rs.getString(2));
                    }, id);
            {
                long open = jdbc.queryForObject("select count(*) from review_campaign_household h join casework_case c on c.id = h.case_id"
                        + " where h.campaign_id = ? and c.status in (" + OPEN + ")", Long.class, id);
                mvc.perform(post("/api/campaigns/" + id + "/close").with(httpBasic("policy", "policy"))
                                .contentType(MediaType.APPLICATION_JSON).content("{\"leaveOpenCases\":true}"))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                        .andExpect(jsonPath("$.leftOpen").value((int) open));
                // every household of the list has its status of 2092 as it stood at the close, from the annual review
                Map<Long, String> fixed = new java.util.HashMap<>();
                jdbc.query("select household_id, poverty_status from household_year_status where year = 2092 and source = 'ANNUAL_REVIEW'",
                        rs -> {
                            fixed.put(rs.getLong(1), rs.getString(2));
                        });
                assertThat(fixed).containsAllEntriesOf(now);
                assertThat(fixed.get(approved)).isEqualTo("POOR");
                assertThat(now.values()).contains("POOR");
                // the plan tracker counts them as fixed
                Map<Long, HouseholdYearFact> facts = new java.util.HashMap<>();
                povertyYears.facts(2092, Jurisdiction.province(), List.of(), 60, 6).forEach(f -> facts.put(f.householdId(), f));
                now.forEach((household, status) -> assertThat(facts.get(household).status().name()).isEqualTo(status));
                // read-only now
                mvc.perform(post("/api/campaigns/" + id + "/close").with(httpBasic("policy", "policy"))
                                .contentType(MediaType.APPLICATION_JSON).content("{\"leaveOpenCases\":true}"))
                        .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("campaign.closed"));
                assertThat(page("/campaigns/" + id, "policy")).contains("Đã kết thúc").doesNotContain("id=\"campaign-close\"");
                assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CAMPAIGN_CLOSED' and subject_id = ?",
                        Long.class, String.valueOf(id))).isEqualTo(1);
            }
        } finally {
            cleanUp(id);
        }
    }

    @Test
    void aSecondEngineNodeTakesChunksAndStillEveryHouseholdHasOneCase() throws Exception {
        long id;
        try (SecondNode node = SecondNode.start(context)) {
            id = open(2095, ",\"chunkSize\":5");
            try {
                Map<String, Object> done = awaitOpened(id);
                assertThat((Integer) done.get("chunks")).isGreaterThan(2);
            } catch (AssertionError | Exception e) {
                cleanUp(id);
                throw e;
            }
        }
        try {
            List<Map<String, Object>> nodes = jdbc.queryForList("select node, count(*) as chunks from review_campaign_chunk"
                    + " where campaign_id = ? group by node", id);
            System.out.println("Campaign chunks by node with a second node: " + nodes);
            assertThat(nodes).anySatisfy(n -> assertThat(n.get("node")).isEqualTo(SecondNode.NAME));
            assertThat(jdbc.queryForObject("select count(*) from review_campaign_household where campaign_id = ? and case_id is null",
                    Long.class, id)).isZero();
            assertThat(jdbc.queryForObject("select count(*) - count(distinct case_id) from review_campaign_household where campaign_id = ?",
                    Long.class, id)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from (select household_id from casework_case where program = 'POVERTY_RECOGNITION'"
                    + " and member_id is null and status in (" + OPEN + ") group by household_id having count(*) > 1) x", Long.class)).isZero();
        } finally {
            cleanUp(id);
        }
    }

    @Test
    void refusalsByRoleAndAreaAndBadInput() throws Exception {
        String body = "{\"year\":2093,\"startsOn\":\"2093-09-01\",\"endsOn\":\"2093-12-14\"}";
        mvc.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        long audit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        for (String who : List.of(OFFICER, "duyet.vuthu", "duyet.tinh", "chitra.vuthu", "admin")) {
            mvc.perform(post("/api/campaigns").with(httpBasic(who, who)).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForList("select username from audit_entry where id > ? and action = 'ACT_REFUSED'"
                + " and subject_type = 'review_campaign'", String.class, audit))
                .containsExactlyInAnyOrder(OFFICER, "duyet.vuthu", "duyet.tinh", "chitra.vuthu", "admin");
        assertThat(jdbc.queryForObject("select count(*) from review_campaign where year = 2093", Long.class)).isZero();

        mvc.perform(post("/api/campaigns").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("year", "startsOn", "endsOn")));
        mvc.perform(post("/api/campaigns").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":1999,\"startsOn\":\"2093-02-30\",\"endsOn\":\"2094-01-01\",\"chunkSize\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("year", "startsOn", "endsOn", "chunkSize")));
        mvc.perform(post("/api/campaigns").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2093,\"startsOn\":\"2093-12-14\",\"endsOn\":\"2093-09-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        mvc.perform(post("/api/campaigns").with(httpBasic("policy", "policy")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":\"x\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/campaigns/999999").with(httpBasic("policy", "policy"))).andExpect(status().isNotFound());

        long id = open(2093);
        try {
            awaitOpened(id);
            for (String who : List.of(OFFICER, "duyet.tinh", "admin")) {
                mvc.perform(post("/api/campaigns/" + id + "/close").with(httpBasic(who, who))).andExpect(status().isForbidden());
            }
            assertThat(jdbc.queryForObject("select status from review_campaign where id = ?", String.class, id)).isEqualTo("OPEN");
            // the page form: field errors in Vietnamese, no form for those who may not
            String refused = mvc.perform(post("/campaigns").with(user(users.loadUserByUsername("policy"))).with(csrf())
                            .param("year", "2094").param("startsOn", "01/09/2094").param("endsOn", "14/12/2094"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("Đợt rà soát trước vẫn chưa kết thúc.");
        } finally {
            cleanUp(id);
        }
        String form = mvc.perform(post("/campaigns").with(user(users.loadUserByUsername("policy"))).with(csrf())
                        .param("year", "2094").param("startsOn", "31/02/2094").param("endsOn", "14/12/2094"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Ngày không hợp lệ.").contains("is-invalid");
    }

    @Test
    void aCommuneOfficerOpensACaseFromAFlagOrDismissesItWithAReasonNeverSilently() throws Exception {
        List<Long> households = unlisted(2);
        UUID job = flagJob();
        long toOpen = flag(job, households.get(0), "poverty", "", "NONE", "NEAR_POOR");
        long toDismiss = flag(job, households.get(1), "poverty", "", "NONE", "POOR");
        Long caseId = null;
        try {
            String list = page("/campaigns/flags", OFFICER);
            assertThat(list).contains("/campaigns/flags/" + toOpen + "/case").contains("Hộ cận nghèo").contains("Xã Vũ Hội")
                    .doesNotContain("NEAR_POOR");
            assertThat(page("/campaigns/flags", "canbo.vuphuc")).doesNotContain("/campaigns/flags/" + toOpen + "/case");
            // another commune's officer: not found, audited
            long audit = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
            mvc.perform(post("/campaigns/flags/" + toOpen + "/case").with(user(users.loadUserByUsername("canbo.vuphuc"))).with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(jdbc.queryForList("select action from audit_entry where id > ? and username = 'canbo.vuphuc'", String.class, audit))
                    .contains("HOUSEHOLD_ACCESS_REFUSED");
            // an approver may not
            mvc.perform(post("/campaigns/flags/" + toOpen + "/case").with(user(users.loadUserByUsername("duyet.vuthu"))).with(csrf()))
                    .andExpect(status().isForbidden());

            String to = mvc.perform(post("/campaigns/flags/" + toOpen + "/case").with(user(users.loadUserByUsername(OFFICER))).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            assertThat(to).matches("/cases/\\d+");
            caseId = Long.valueOf(to.substring("/cases/".length()));
            assertThat(jdbc.queryForObject("select review_case_id from reevaluation_flag where id = ?", Long.class, toOpen)).isEqualTo(caseId);
            assertThat(jdbc.queryForMap("select household_id, program, kind from casework_case where id = ?", caseId))
                    .containsEntry("household_id", households.get(0)).containsEntry("program", "POVERTY_RECOGNITION");

            // dismissal needs a reason; the flag stays until then
            mvc.perform(post("/campaigns/flags/" + toDismiss + "/dismiss").with(user(users.loadUserByUsername(OFFICER))).with(csrf())
                    .param("reason", " ")).andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select dismissed_at is null and review_case_id is null from reevaluation_flag where id = ?",
                    Boolean.class, toDismiss)).isTrue();
            mvc.perform(post("/campaigns/flags/" + toDismiss + "/dismiss").with(user(users.loadUserByUsername(OFFICER))).with(csrf())
                    .param("reason", "Hộ đã chuyển đi nơi khác")).andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForMap("select dismissed_by, dismiss_reason from reevaluation_flag where id = ?", toDismiss))
                    .containsEntry("dismissed_by", OFFICER).containsEntry("dismiss_reason", "Hộ đã chuyển đi nơi khác");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REEVALUATION_FLAG_DISMISSED'"
                    + " and username = ? and subject_id = ?", Long.class, OFFICER, String.valueOf(households.get(1)))).isEqualTo(1);
            assertThat(page("/campaigns/flags", OFFICER)).doesNotContain("/campaigns/flags/" + toOpen + "/")
                    .doesNotContain("/campaigns/flags/" + toDismiss + "/");
        } finally {
            if (caseId != null) {
                withdraw(caseId);
            }
        }
    }

    @Test
    void theFlagsPageIsPagedInTheQueryByTheCallersAreaAfterACursor() throws Exception {
        List<Long> ours = jdbc.queryForList("select id from household where commune_code = ? order by id limit 3", Long.class, COMMUNE);
        long elsewhere = jdbc.queryForObject("select id from household where district_code = '336' order by id limit 1", Long.class);
        UUID job = flagJob();
        Set<Long> mine = new HashSet<>();
        Set<Long> theirs = new HashSet<>();
        try {
            for (int m = 1; m <= 80; m++) {
                for (long h : ours) {
                    mine.add(flag(job, h, "socialAllowance", String.valueOf(m), null, "A"));
                }
                theirs.add(flag(job, elsewhere, "socialAllowance", String.valueOf(m), null, "A"));
            }
            vn.ansinh.eligibility.ReevaluationFlags flags = context.getBean(vn.ansinh.eligibility.ReevaluationFlags.class);
            for (Jurisdiction area : List.of(Jurisdiction.commune(COMMUNE), Jurisdiction.district("344"))) {
                List<Long> seen = new java.util.ArrayList<>();
                List<Long> households = new java.util.ArrayList<>();
                vn.ansinh.eligibility.ReevaluationFlags.Cursor after = null;
                int pages = 0;
                do {
                    var page = flags.pendingWithin(area, after, 100);
                    assertThat(page.flags()).hasSizeLessThanOrEqualTo(100);
                    page.flags().forEach(f -> {
                        seen.add(f.id());
                        households.add(f.householdId());
                        assertThat(area.coversCommune(f.communeCode(), f.districtCode())).isTrue();
                    });
                    after = page.next();
                    pages++;
                } while (after != null && pages < 50);
                assertThat(seen).as(area.toString()).containsAll(mine).doesNotContainAnyElementsOf(theirs)
                        .doesNotHaveDuplicates();
                assertThat(pages).isGreaterThanOrEqualTo(3);
                assertThat(households).isSorted();
            }
            // the page: a hundred rows, a link to the next, which carries on where the first stopped
            String first = page("/campaigns/flags", OFFICER);
            assertThat(first.split("/dismiss\"").length - 1).isEqualTo(100);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"flags-next\"\\s+href=\"([^\"]+)\"").matcher(first);
            assertThat(link.find()).isTrue();
            String next = link.group(1).replace("&amp;", "&");
            assertThat(next).startsWith("/campaigns/flags?after=");
            String second = page(next, OFFICER);
            assertThat(second).contains("Trang đầu");
            for (long id : mine) {
                if (first.contains("/campaigns/flags/" + id + "/dismiss")) {
                    assertThat(second).doesNotContain("/campaigns/flags/" + id + "/dismiss\"");
                }
            }
            // a cursor that cannot be read: the first page, with the reason
            String unread = page("/campaigns/flags?after=abc", OFFICER);
            assertThat(unread).contains("Không đọc được vị trí trang");
            assertThat(unread.split("/dismiss\"").length - 1).isEqualTo(100);
        } finally {
            jdbc.update("update reevaluation_flag set dismissed_at = now(), dismissed_by = 'test', dismiss_reason = 'test'"
                    + " where job_id = ?", job);
        }
    }

    /** Ends an open case's process and closes it (test clean-up). */
    void withdraw(long caseId) {
        String instance = jdbc.queryForObject("select process_instance_id from casework_case where id = ?", String.class, caseId);
        if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
            runtime.deleteProcessInstance(instance, "test clean-up");
        }
        jdbc.update("update casework_case set status = 'CLOSED' where id = ? and status in (" + OPEN + ")", caseId);
    }

    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
