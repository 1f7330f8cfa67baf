package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SessionCookie;

/**
 * CSRF is skipped only for a request that authenticates itself with well-formed HTTP Basic; every answer carries the
 * Content-Security-Policy and the standard headers; the session cookie is HttpOnly, SameSite=Lax, Secure over HTTPS.
 */
class CsrfAndHeadersTests extends IntegrationTest {

    private static final String EVALUATE = """
            {"asOf":"2024-07-01","household":{"id":"HH-1","area":"RURAL","monthlyIncomePerCapita":1500000,
             "deprivations":["E1","E4","E8"],"members":[{"id":"m1","birthDate":"1944-07-01"}]}}""";

    private SessionCookie signedInSession() throws Exception {
        SessionCookie session = new SessionCookie();
        session.keep(mvc.perform(formLogin("/login").user("policy").password("policy")));
        assertThat(session.present()).isTrue();
        return session;
    }

    private static MockHttpServletRequestBuilder evaluate() {
        return post("/api/eligibility/evaluate").contentType(MediaType.APPLICATION_JSON).content(EVALUATE);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSessionWithAnyOtherAuthorizationHeaderStillNeedsTheCsrfToken() throws Exception {
        SessionCookie session = signedInSession();
        for (String authorization : List.of("Bearer x", "Basic !!!not-base64!!!", basic("no-colon-here"), "Basic",
                "Digest username=\"policy\"", "")) {
            mvc.perform(evaluate().with(session).header("Authorization", authorization))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(evaluate().with(session)).andExpect(status().isForbidden());
        mvc.perform(evaluate().with(session).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void wellFormedBasicCredentialsNeverBorrowTheSession() throws Exception {
        SessionCookie session = signedInSession();
        mvc.perform(evaluate().with(session).header("Authorization", basic("policy:not-the-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(evaluate().with(session).header("Authorization", basic("policy:policy"))).andExpect(status().isOk());
        mvc.perform(evaluate().with(httpBasic("policy", "policy"))).andExpect(status().isOk());
        mvc.perform(evaluate()).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesAndApiAnswerWithAStrictContentSecurityPolicyAndTheStandardHeaders() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/login"), get("/api/households").with(httpBasic("policy", "policy")))) {
            String policy = mvc.perform(request)
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().exists("Permissions-Policy"))
                    .andReturn().getResponse().getHeader("Content-Security-Policy");
            assertThat(policy).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
                    "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindHttps() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> viaHttpsProxy = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaHttpsProxy.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith(SessionCookie.NAME + "=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }
}
