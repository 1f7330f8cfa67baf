package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** {@code ansinh.tasks.completed} counts committed completions per step, and only those. */
class TaskCompletionMetricsTests extends CaseProcessTest {

    @Autowired MeterRegistry meters;

    private double approvals() {
        Counter counter = meters.find(CaseTasks.COMPLETED).tag("step", "approval").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void anApprovalCountsOnceAndTheRefusedRepeatDoesNot() throws Exception {
        long id = caseAtApproval();
        double before = approvals();
        String approve = "{\"action\":\"APPROVE\"}";
        mvc.perform(post("/api/cases/" + id + "/approval").with(httpBasic("duyet.tpthaibinh", "duyet.tpthaibinh"))
                .contentType(MediaType.APPLICATION_JSON).content(approve)).andExpect(status().isOk());
        mvc.perform(post("/api/cases/" + id + "/approval").with(httpBasic("duyet2.tpthaibinh", "duyet2.tpthaibinh"))
                .contentType(MediaType.APPLICATION_JSON).content(approve)).andExpect(status().isConflict());
        assertThat(approvals()).isEqualTo(before + 1);
        mvc.perform(get("/actuator/metrics/" + CaseTasks.COMPLETED).param("tag", "step:approval")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].value").value(before + 1));
    }
}
