package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.support.IntegrationTest;

/**
 * The impact run's FAILED path: the request answers 202 at once (no rule base is built in it), and a draft that
 * does not compile, or whose rules refuse every household, ends the run FAILED with a readable message — the run's
 * API answers 200 with it (never 500), the run's page shows it, and nothing of the chunk that stopped is listed.
 */
class PolicyImpactFailureTests extends IntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, user)));
    }

    /** A draft of the version in force with one file changed by {@code edit}. */
    private long draftWith(String file, UnaryOperator<String> edit) throws Exception {
        String versions = as("policy", get("/api/policy/versions")).andReturn().getResponse().getContentAsString();
        long inForce = ((Number) JsonPath.read(versions, "$[0].id")).longValue();
        String created = as("policy", post("/api/policy/drafts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"basedOn\":" + inForce + ",\"label\":\"IF-" + Long.toString(System.nanoTime(), 36) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long draft = ((Number) JsonPath.read(created, "$.id")).longValue();
        String text = as("policy", get("/api/policy/drafts/" + draft + "/files/" + file)).andReturn().getResponse()
                .getContentAsString();
        String changed = edit.apply(text);
        assertThat(changed).isNotEqualTo(text);
        as("policy", put("/api/policy/drafts/" + draft + "/files/" + file).contentType(MediaType.TEXT_PLAIN).content(changed))
                .andExpect(status().isOk());
        return draft;
    }

    /** Starts a run (202 at once) and follows it to its end; answers the run's last JSON. */
    private String ended(long draft) throws Exception {
        long t0 = System.nanoTime();
        String started = as("policy", post("/api/policy/drafts/" + draft + "/impact").contentType(MediaType.APPLICATION_JSON)
                .content("{\"asOf\":\"2030-06-01\"}")).andExpect(status().isAccepted()).andReturn().getResponse()
                .getContentAsString();
        assertThat((System.nanoTime() - t0) / 1e9).as("the start builds no rule base").isLessThan(5.0);
        String jobId = JsonPath.read(started, "$.jobId");
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            String body = as("policy", get("/api/policy/impact/" + jobId)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!"RUNNING".equals(JsonPath.read(body, "$.status"))) {
                return body;
            }
            assertThat(System.currentTimeMillis()).as("the run ends within two minutes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void aDraftThatDoesNotCompileEndsTheRunFailedWithItsFindings() throws Exception {
        long draft = draftWith("classification/young_children.drl", text -> text
                + "\nrule \"IF-BROKEN a rule that does not compile\"\nwhen\n    $h : HouseholdFact( )\nthen\n"
                + "    this is not java;\nend\n");
        String run = ended(draft);
        assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("FAILED");
        String failure = JsonPath.read(run, "$.failure");
        assertThat(failure).contains("young_children.drl");
        assertThat(((Number) JsonPath.read(run, "$.totalChanges")).longValue()).isZero();
        String jobId = JsonPath.read(run, "$.jobId");
        String page = mvc.perform(get("/policy/impact/" + jobId).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("policy"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("impact-failure").contains("young_children.drl");
    }

    @Test
    void rulesThatRefuseEveryHouseholdEndTheRunFailedWithTheReason() throws Exception {
        // the 2030 income lines as words: every household's poverty rule meets a line that is not a number
        long draft = draftWith("parameters/poverty/income_thresholds.yaml", text -> text
                .replaceFirst("(poverty\\.income_line\\.rural:(?:\\n .*)*?\\n      reference: \"Chuẩn nghèo đa chiều giai đoạn 2026-2030[^\\n]*)",
                        "$1\n    - from: 2030-01-01\n      value: \"ba triệu\"\n      reference: \"Thử lỗi\"")
                .replaceFirst("(poverty\\.income_line\\.urban:(?:\\n .*)*?\\n      reference: \"Chuẩn nghèo đa chiều giai đoạn 2026-2030[^\\n]*)",
                        "$1\n    - from: 2030-01-01\n      value: \"bốn triệu\"\n      reference: \"Thử lỗi\""));
        String run = ended(draft);
        assertThat((String) JsonPath.read(run, "$.status")).as(run).isEqualTo("FAILED");
        String failure = JsonPath.read(run, "$.failure");
        assertThat(failure).as(run).isNotBlank().contains("poverty.income_line");
        String jobId = JsonPath.read(run, "$.jobId");
        assertThat(jdbc.queryForObject("select count(*) from policy_impact_change where run_id = ?::uuid", Long.class, jobId))
                .as("nothing of the chunk that stopped is listed").isZero();
    }
}
