package vn.ansinh.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/** A retried create request with the same Idempotency-Key creates one record and answers the first result. */
class IdempotencyKeyTests extends IntegrationTest {

    private static final String OFFICER = "canbo.vuphuc";

    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder create(String path, String key, String body) {
        return post(path).with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).content(body);
    }

    private long households(String headName) {
        return jdbc.queryForObject("select count(*) from household where head_name = ?", Long.class, headName);
    }

    @Test
    void aRetriedHouseholdRegistrationCreatesOneHouseholdAndAnswersTheFirstResult() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = TestHouseholds.json("Lưu Văn Lặp", "12466", "Lưu Văn Lặp");
        String first = mvc.perform(create("/api/households", key, body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(create("/api/households", key, body)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat((Object) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(households("Lưu Văn Lặp")).isOne();

        mvc.perform(create("/api/households", key, TestHouseholds.json("Lưu Văn Khác", "12466", "Lưu Văn Khác")))
                .andExpect(status().isUnprocessableContent());
        assertThat(households("Lưu Văn Khác")).isZero();
    }

    @Test
    void aRetriedCaseOpeningOpensOneCaseAndAFailedRequestFreesItsKey() throws Exception {
        long household = jdbc.queryForObject("""
                select min(h.id) from household h where h.commune_code = '12466' and not exists
                 (select 1 from casework_case c where c.household_id = h.id)""", Long.class);
        String key = UUID.randomUUID().toString();
        String body = "{\"householdId\":" + household + ",\"program\":\"POOR_HOUSING\",\"kind\":\"AD_HOC\"}";
        mvc.perform(create("/api/cases", key, body)).andExpect(status().isCreated());
        mvc.perform(create("/api/cases", key, body)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(jdbc.queryForObject("select count(*) from casework_case where household_id = ? and program = 'POOR_HOUSING'",
                Long.class, household)).isOne();

        String refused = "{\"householdId\":" + household + ",\"program\":\"SOCIAL_ALLOWANCE\",\"kind\":\"AD_HOC\"}";
        String other = UUID.randomUUID().toString();
        mvc.perform(create("/api/cases", other, refused)).andExpect(status().isBadRequest());
        mvc.perform(create("/api/cases", other, refused)).andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
    }

    @Test
    void anEmptyOrOverlongKeyIsABadRequest() throws Exception {
        String body = TestHouseholds.json("Lưu Văn Khóa", "12466", "Lưu Văn Khóa");
        mvc.perform(create("/api/households", " ", body)).andExpect(status().isBadRequest());
        mvc.perform(create("/api/households", "k".repeat(201), body)).andExpect(status().isBadRequest());
        assertThat(households("Lưu Văn Khóa")).isZero();
    }
}
