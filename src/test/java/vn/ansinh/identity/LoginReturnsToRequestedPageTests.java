package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SessionCookie;

/**
 * Signing in returns to the page that was asked for (Spring Security's saved request, kept in the JDBC session and
 * carried over the new session id); signing in straight from the login page lands on the home page.
 */
class LoginReturnsToRequestedPageTests extends IntegrationTest {

    @Test
    void aPageAskedForBeforeSigningInIsWhereTheSignInLands() throws Exception {
        SessionCookie browser = new SessionCookie();
        String toLogin = browser.keep(mvc.perform(get("/payments/reconciliation").with(browser)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(toLogin).endsWith("/login");
        assertThat(browser.present()).as("the saved request lives in a database session").isTrue();
        String back = browser.keep(mvc.perform(post("/login").param("username", "chitra.tpthaibinh")
                        .param("password", "chitra.tpthaibinh").with(csrf()).with(browser)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).contains("/payments/reconciliation");
        // the saved request's marker parameter (?continue) is a bare name: a browser sends it with an empty value
        String path = back.replaceFirst("^https?://[^/]+", "");
        String page = mvc.perform(get(path.replaceFirst("\\?.*$", "")).param("continue", "").with(browser))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"district\"", "name=\"month\"");
    }

    @Test
    void signingInFromTheLoginPageLandsOnTheHomePage() throws Exception {
        SessionCookie browser = new SessionCookie();
        browser.keep(mvc.perform(get("/login").with(browser))).andExpect(status().isOk());
        String back = browser.keep(mvc.perform(post("/login").param("username", "chitra.vuthu")
                        .param("password", "chitra.vuthu").with(csrf()).with(browser)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).isEqualTo("/");
        String home = mvc.perform(get("/").with(browser)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(home).contains("id=\"home-payment\"");
    }
}
