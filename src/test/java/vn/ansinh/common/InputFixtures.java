package vn.ansinh.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ansinh.support.TestHouseholds;

/** The generated-input tests' own records, in a district no other test uses: a household, an open case, a cycle. */
final class InputFixtures {

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    InputFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    Map<String, Long> create() throws Exception {
        Map<String, Long> fixtures = new HashMap<>();
        JsonNode household = created(post("/api/households").with(GeneratedApiInputTests.OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content(TestHouseholds.json("Phạm Văn Thử", GeneratedApiInputTests.COMMUNE, "Phạm Văn Thử", "Lê Thị Thử")));
        fixtures.put("household", household.get("id").asLong());
        fixtures.put("member", household.get("members").get(0).get("id").asLong());
        JsonNode opened = created(post("/api/cases").with(GeneratedApiInputTests.OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"householdId\":" + fixtures.get("household") + ",\"program\":\"POVERTY_RECOGNITION\",\"kind\":\"AD_HOC\"}"));
        fixtures.put("case", opened.get("id").asLong());
        JsonNode cycle = created(post("/api/payments/cycles").with(GeneratedApiInputTests.PAYER).contentType(MediaType.APPLICATION_JSON)
                .content("{\"districtCode\":\"" + GeneratedApiInputTests.DISTRICT + "\",\"month\":\"2024-07\"}"));
        fixtures.put("cycle", cycle.get("cycle").get("id").asLong());
        fixtures.put("decision", 1L);
        return fixtures;
    }

    private JsonNode created(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isBetween(200, 201);
        return json.readTree(body);
    }
}
