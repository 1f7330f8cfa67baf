package vn.ansinh.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.common.ApiDescription.Operation;
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

    @Test
    void aGeneratedClientGetsNamesTagsCredentialsAndErrorBodies() throws Exception {
        JsonNode root = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("policy", "policy"))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(root.path("info").path("title").asString()).isEqualTo("An Sinh API");
        assertThat(root.path("info").path("version").asString()).isNotBlank().isNotEqualTo("v0");
        JsonNode scheme = root.path("components").path("securitySchemes").path(ApiDocumentation.SECURITY_SCHEME);
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("basic");
        assertThat(root.path("security").toString()).contains(ApiDocumentation.SECURITY_SCHEME);
        assertThat(root.path("components").path("schemas").has("FieldErrors")).isTrue();

        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Operation> operations = new ApiDescription(root).operations();
        for (Operation op : operations) {
            String id = op.operationId();
            if (id == null || id.isBlank() || id.matches(".*_\\d+$") || !ids.add(id)) {
                problems.add(op.label() + ": operationId missing, a framework default or not unique: " + id);
            }
            if (op.summary() == null || op.summary().isBlank()) {
                problems.add(op.label() + ": no summary");
            }
            if (op.tags().isEmpty()) {
                problems.add(op.label() + ": no tag");
            }
            if (!op.node().path("responses").has("400")) {
                problems.add(op.label() + ": the 400 field list is not documented");
            }
            if (op.path().contains("{") && !op.node().path("responses").has("404")) {
                problems.add(op.label() + ": the 404 is not documented");
            }
        }
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(problems).isEmpty();
        assertThat(root.path("paths").path("/api/eligibility/evaluate").path("post").path("responses").has("422")).isTrue();
        assertThat(root.path("paths").path("/api/eligibility/evaluate").path("post").path("responses").has("200")).isTrue();
    }
}
