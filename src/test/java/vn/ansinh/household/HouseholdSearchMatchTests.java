package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/** A search result says which member it was found by, when that is not the head (issue 10); diacritics still ignored. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdSearchMatchTests extends IntegrationTest {

    private static final String TAG = Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("\\d", "");

    @Autowired UserDetailsService users;

    private long household;
    private String childCccd;
    private final String head = "Cù Văn Chủ";
    private final String child = "Cù Thị Khớp Đặng" + TAG;

    @BeforeAll
    void registerAHouseholdWithAChild() throws Exception {
        String body = mvc.perform(post("/api/households").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json(head, "12466", head, child)))
                .andReturn().getResponse().getContentAsString();
        household = ((Number) JsonPath.read(body, "$.id")).longValue();
        childCccd = JsonPath.read(body, "$.members[1].cccd");
    }

    private String list(String q) throws Exception {
        return mvc.perform(get("/households").param("q", q).with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aMembersNameWithoutDiacriticsNamesTheMember() throws Exception {
        String html = list("cu thi khop dang" + TAG.toLowerCase());
        assertThat(html).contains("/households/" + household, "id=\"matched-" + household + "\"", "Khớp: " + child);
    }

    @Test
    void aMembersCccdNamesTheMember() throws Exception {
        assertThat(list(childCccd)).contains("id=\"matched-" + household + "\"", "Khớp: " + child);
        String json = mvc.perform(get("/api/households").param("q", childCccd).with(httpBasic("canbo.vuphuc", "canbo.vuphuc")))
                .andReturn().getResponse().getContentAsString();
        List<String> matched = JsonPath.read(json, "$.content[?(@.id == " + household + ")].matchedMember");
        assertThat(matched).containsExactly(child);
    }

    @Test
    void theHeadsOwnNameNamesNoMember() throws Exception {
        String html = list("CU VAN CHU");
        assertThat(html).contains("/households/" + household).doesNotContain("id=\"matched-" + household + "\"");
    }
}
