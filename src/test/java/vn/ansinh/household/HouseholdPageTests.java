package vn.ansinh.household;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

class HouseholdPageTests extends IntegrationTest {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder form(String cccd) {
        return post("/households/new").with(user(users.loadUserByUsername("canbo.vuphuc"))).with(csrf())
                .param("headName", "Phùng Văn Form").param("village", "Thôn Đông")
                .param("members[0].fullName", "Phùng Văn Form").param("members[0].sex", "MALE")
                .param("members[0].birthDate", "01/02/1980").param("members[0].relation", "HEAD")
                .param("members[0].cccd", cccd).param("members[0].disability", "NONE");
    }

    @Test
    void showsAMalformedCccdOnItsFieldInVietnamese() throws Exception {
        mvc.perform(form("0341"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("household", "members[0].cccd"))
                .andExpect(content().string(containsString("Số CCCD phải gồm đúng 12 chữ số.")))
                .andExpect(content().string(containsString("ng Văn Form")));
    }

    @Test
    void showsADuplicateCccdOnItsFieldAndKeepsWhatWasTyped() throws Exception {
        String cccd = TestHouseholds.uniqueCccd();
        mvc.perform(form(cccd)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/households/*"));
        mvc.perform(form(cccd))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("household", "members[0].cccd"))
                .andExpect(content().string(containsString("đã được đăng ký")))
                .andExpect(content().string(containsString("value=\"" + cccd + "\"")));
    }

    @Test
    void showsAnImpossibleBirthDateOnItsField() throws Exception {
        mvc.perform(form(TestHouseholds.uniqueCccd()).param("members[0].birthDate", "31/02/1981"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("household", "members[0].birthDate"))
                .andExpect(content().string(containsString("dd/MM/yyyy")));
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/households/new").with(user(users.loadUserByUsername("canbo.vuphuc")))
                        .param("headName", "Không Token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheNotFoundPageForAnotherCommunesHousehold() throws Exception {
        mvc.perform(get("/households/1").with(user(users.loadUserByUsername("canbo.vuhoi"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void offersCommuneOfficersToOpenACaseFromTheHouseholdPageButNotApprovers() throws Exception {
        // a household of Vũ Phúc (ids come from a sequence in blocks: not the register's order)
        long id = jdbc.queryForObject("select min(id) from household where commune_code = '12466'", Long.class);
        mvc.perform(get("/households/" + id).with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/cases/new?householdId=" + id)));
        mvc.perform(get("/households/" + id).with(user(users.loadUserByUsername("duyet.tpthaibinh"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/cases/new?householdId=" + id))));
    }

    @Test
    void districtApproversReachPendingEntitlementsFromTheMenu() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("duyet.tpthaibinh"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nav-entitlements\" href=\"/payments/entitlements\"")));
        mvc.perform(get("/payments/entitlements").with(user(users.loadUserByUsername("duyet.tpthaibinh"))))
                .andExpect(status().isOk());
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/households").param("lang", "en").with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Household register")));
        mvc.perform(get("/households").with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andExpect(content().string(containsString("Sổ hộ gia đình")));
    }
}
