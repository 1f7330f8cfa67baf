package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.support.IntegrationTest;

/** A case, a stored decision or a household's evaluations outside the reader's area: 404, and the attempt is on record. */
class RefusedReadsAreAuditedTests extends IntegrationTest {

    private static final String NEIGHBOUR = "canbo.lehongphong";

    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;
    @Autowired ProcessEngine engine;

    private MatrixFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatrixFixtures(mvc, users, jdbc, tx, events, engine);
    }

    @AfterEach
    void resetClock() {
        fixtures.resetClock();
    }

    @Test
    void anotherCommunesCaseIsNotFoundOnTheApiAndThePagesAndEachAttemptIsAudited() throws Exception {
        long id = fixtures.caseAt("assessment").caseId;
        for (String path : new String[]{"/api/cases/" + id, "/cases/" + id, "/cases/" + id + "/notice", "/cases/" + id + "/diagram.png"}) {
            long before = lastAudit();
            assertThat(status(path)).as(path).isEqualTo(404);
            assertThat(refusalsSince(before, "CASE_ACCESS_REFUSED", "case", id)).as(path).isEqualTo(1);
        }
    }

    @Test
    void anotherCommunesDecisionsAndEvaluationsAreNotFoundAndAudited() throws Exception {
        long household = fixtures.demoHousehold().household;
        String stored = fixtures.as(MatrixFixtures.OFFICER, MatrixFixtures.json(
                post("/api/households/" + household + "/evaluations"), "{\"asOf\":\"2024-07-01\"}"));
        long decision = ((Number) JsonPath.read(stored, "$.id")).longValue();

        long before = lastAudit();
        assertThat(status("/api/eligibility/decisions/" + decision)).isEqualTo(404);
        assertThat(status("/api/eligibility/decisions/" + decision + "/rerun")).isEqualTo(404);
        assertThat(refusalsSince(before, "DECISION_ACCESS_REFUSED", "decision", decision)).isEqualTo(2);

        before = lastAudit();
        assertThat(status("/api/households/" + household + "/evaluations")).isEqualTo(404);
        assertThat(status("/api/households/" + household + "/evaluations/latest")).isEqualTo(404);
        assertThat(refusalsSince(before, "DECISION_ACCESS_REFUSED", "household_evaluations", household)).isEqualTo(2);
    }

    @Test
    void anotherCommunesHouseholdEntitlementsAreNotFoundAndAudited() throws Exception {
        MatrixFixtures.Subject s = fixtures.entitlement();
        assertThat(fixtures.as(MatrixFixtures.OFFICER, get("/api/payments/entitlements?householdId=" + s.household)))
                .contains("\"id\":" + s.entitlement);
        long before = lastAudit();
        assertThat(status("/api/payments/entitlements?householdId=" + s.household)).isEqualTo(404);
        assertThat(refusalsSince(before, "PAYMENT_ACCESS_REFUSED", "household_entitlements", s.household)).isEqualTo(1);
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(NEIGHBOUR)))).andReturn().getResponse().getStatus();
    }

    private long lastAudit() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    private int refusalsSince(long id, String action, String subjectType, long subjectId) {
        return jdbc.queryForObject("select count(*) from audit_entry where id > ? and action = ? and subject_type = ?"
                + " and subject_id = ? and username = ? and role = 'COMMUNE_OFFICER'", Integer.class,
                id, action, subjectType, String.valueOf(subjectId), NEIGHBOUR);
    }
}
