package vn.ansinh.operations;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.ansinh.support.IntegrationTest;

/** Each node's health and metrics (README, Two nodes): health for anyone, without details; the rest for ADMIN. */
class ActuatorAccessTests extends IntegrationTest {

    @Test
    void anonymousHealthIsUpWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void anAdministratorSeesTheHealthOfEachPart() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void metricsAndInfoAreRefusedAnonymously() throws Exception {
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics/jvm.memory.used")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health/db")).andExpect(status().isUnauthorized());
    }

    @Test
    void metricsAreRefusedToStaffWhoAreNotAdministrators() throws Exception {
        mvc.perform(get("/actuator/metrics").with(httpBasic("policy", "policy"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorReadsMetricsAndInfo() throws Exception {
        mvc.perform(get("/actuator/metrics").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names", hasItem("jvm.memory.used")))
                .andExpect(jsonPath("$.names", hasItem("hikaricp.connections.active")));
        mvc.perform(get("/actuator/metrics/jvm.memory.used").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.availableTags[?(@.tag == 'node')]").exists());
        mvc.perform(get("/actuator/info").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.app.name").value("An Sinh"));
    }

    @Test
    void endpointsThatAreNotExposedStayClosedEvenToAdministrators() throws Exception {
        mvc.perform(get("/actuator/env").with(httpBasic("admin", "admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/heapdump").with(httpBasic("admin", "admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }
}
