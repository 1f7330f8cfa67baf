package vn.ansinh.common;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.ansinh.support.IntegrationTest;

class ApiDocsTests extends IntegrationTest {

    @Test
    void describesTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("policy", "policy")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/eligibility/evaluate")))
                .andExpect(content().string(containsString("/api/households")));
    }

    @Test
    void theApiDescriptionAndSwaggerUiNeedASignedInUser() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection());
    }
}
