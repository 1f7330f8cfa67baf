package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SessionCookie;
import vn.ansinh.support.TestHouseholds;

/** The same registration sent twice creates one household; a look-alike of an existing one asks for confirmation. */
class OneRecordPerSubmissionTests extends IntegrationTest {

    private static final String OFFICER = "canbo.vuphuc";
    private static final Pattern TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private long households(String headName) {
        return jdbc.queryForObject("select count(*) from household where head_name = ?", Long.class, headName);
    }

    private static String body(String headName, String birthDate, String village) {
        return """
                {"headName":"%s","address":"Số 3","communeCode":"12466","village":"%s","members":[
                 {"fullName":"%s","sex":"MALE","birthDate":"%s","relation":"HEAD","cccd":"%s"}]}"""
                .formatted(headName, village, headName, birthDate, TestHouseholds.uniqueCccd());
    }

    private MockHttpServletRequestBuilder form(SessionCookie session, String token, String headName) {
        return post("/households/new").with(session).with(user(users.loadUserByUsername(OFFICER))).with(csrf())
                .param("_formToken", token).param("headName", headName).param("village", "Thôn Bắc")
                .param("members[0].fullName", headName).param("members[0].sex", "FEMALE")
                .param("members[0].birthDate", "14/04/1961").param("members[0].relation", "HEAD")
                .param("members[0].cccd", TestHouseholds.uniqueCccd()).param("members[0].disability", "NONE");
    }

    @Test
    void aFormSubmittedTwiceWithItsTokenCreatesOneHouseholdAndTheRepeatGoesToIt() throws Exception {
        SessionCookie session = new SessionCookie();
        String page = session.keep(mvc.perform(get("/households/new").with(session).with(user(users.loadUserByUsername(OFFICER)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();

        String first = mvc.perform(form(session, token.group(1), "Đoàn Thị Một Lần"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String again = mvc.perform(form(session, token.group(1), "Đoàn Thị Một Lần"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(again).isEqualTo(first).matches("/households/\\d+");
        assertThat(households("Đoàn Thị Một Lần")).isOne();
    }

    @Test
    void aCaseFormSubmittedTwiceOpensOneCaseAndTheRepeatGoesToIt() throws Exception {
        long household = jdbc.queryForObject("""
                select min(h.id) from household h where h.commune_code = '12466' and not exists
                 (select 1 from casework_case c where c.household_id = h.id)""", Long.class);
        SessionCookie session = new SessionCookie();
        var officer = user(users.loadUserByUsername(OFFICER));
        String page = session.keep(mvc.perform(get("/cases/new").param("householdId", String.valueOf(household)).with(session).with(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        MockHttpServletRequestBuilder submit = post("/cases/new").with(session).with(officer).with(csrf())
                .param("_formToken", token.group(1)).param("householdId", String.valueOf(household))
                .param("program", "POVERTY_RECOGNITION").param("kind", "AD_HOC");

        String first = mvc.perform(submit).andReturn().getResponse().getRedirectedUrl();
        String again = mvc.perform(submit).andReturn().getResponse().getRedirectedUrl();

        assertThat(again).isEqualTo(first).matches("/cases/\\d+");
        assertThat(jdbc.queryForObject("select count(*) from casework_case where household_id = ?", Long.class, household))
                .isOne();
    }

    @Test
    void registeringTheSameHeadAndVillageAgainAsksForConfirmationOverTheApi() throws Exception {
        String created = mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Ngô Văn Trùng", "1966-06-06", "Thôn Hạ")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        // without diacritics, another case: still the same head, birth date and village
        mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("NGO VAN TRUNG", "1966-06-06", "thon ha")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.matches[0].id").value(id))
                .andExpect(jsonPath("$.matches[0].link").value("/households/" + id));
        // another birth date is another person
        mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Ngô Văn Trùng", "1967-06-06", "Thôn Hạ")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/households").param("confirmDuplicate", "true").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(body("Ngô Văn Trùng", "1966-06-06", "Thôn Hạ")))
                .andExpect(status().isCreated());
        assertThat(households("Ngô Văn Trùng")).isEqualTo(3);
    }

    @Test
    void thePageShowsTheLookAlikeAndRegistersOnlyWhenConfirmed() throws Exception {
        SessionCookie session = new SessionCookie();
        mvc.perform(form(session, "none", "Đoàn Văn Giống")).andExpect(status().is3xxRedirection());

        mvc.perform(form(session, "none", "Doan Van Giong"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duplicate-warning\"")))
                .andExpect(content().string(containsString("class=\"duplicate-link\"")))
                .andExpect(content().string(containsString("Đoàn Văn Giống")));
        assertThat(households("Doan Van Giong")).isZero();

        mvc.perform(form(session, "none", "Doan Van Giong").param("confirmDuplicate", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(households("Doan Van Giong")).isOne();
    }
}
