package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Connection;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import vn.ansinh.AnSinhApplication;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.support.IntegrationTest;

/**
 * Two app nodes on one PostgreSQL: a second application (own Spring context, random port) on the test's database.
 * A version published on the first for a moment a few seconds ahead comes into force on both, flipped once.
 */
class TwoNodesTests extends IntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired EligibilityManagement eligibility;

    @Test
    void bothNodesRunTheSameVersionInForceAfterAScheduledPublication() throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AnSinhApplication.class).profiles("test")
                .properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres", "ansinh.demo-data=false", "spring.main.banner-mode=off")
                .run()) {
            EligibilityManagement otherNode = second.getBean(EligibilityManagement.class);
            String versions = mvc.perform(get("/api/policy/versions").with(httpBasic("policy", "policy")))
                    .andReturn().getResponse().getContentAsString();
            long inForce = ((Number) JsonPath.read(versions, "$[0].id")).longValue();
            assertThat(otherNode.ruleSet().label()).isEqualTo(JsonPath.read(versions, "$[0].label"));

            String label = "TN-" + Long.toString(System.nanoTime(), 36);
            String created = mvc.perform(post("/api/policy/drafts").with(httpBasic("policy", "policy"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"basedOn\":" + inForce + ",\"label\":\"" + label + "\"}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long id = ((Number) JsonPath.read(created, "$.id")).longValue();
            mvc.perform(post("/api/policy/drafts/" + id + "/submit").with(httpBasic("policy", "policy"))).andExpect(status().isOk());
            mvc.perform(post("/api/policy/drafts/" + id + "/approve").with(httpBasic("policy2", "policy2"))).andExpect(status().isOk());
            mvc.perform(post("/api/policy/drafts/" + id + "/publish").with(httpBasic("policy", "policy"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveAt\":\"" + OffsetDateTime.now().plusSeconds(3)
                            + "\",\"changelog\":{\"what\":\"Hai máy chủ\",\"why\":\"Kiểm thử\",\"legalInstrument\":\"—\"}}"))
                    .andExpect(status().isOk());
            long deadline = System.currentTimeMillis() + 90_000;
            while ((!label.equals(eligibility.ruleSet().label()) || !label.equals(otherNode.ruleSet().label()))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertThat(eligibility.ruleSet().label()).isEqualTo(label);
            assertThat(otherNode.ruleSet().label()).isEqualTo(label);
            assertThat(otherNode.ruleSet().version()).isEqualTo(eligibility.ruleSet().version());
        }
    }
}
