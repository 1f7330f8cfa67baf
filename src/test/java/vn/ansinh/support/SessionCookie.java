package vn.ansinh.support;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session for MockMvc: sessions live in PostgreSQL (Spring Session JDBC), found by the {@code SESSION}
 * cookie, so a test carries the cookie from answer to request as a browser does ({@code MockHttpSession} is not seen).
 */
public final class SessionCookie implements RequestPostProcessor {

    public static final String NAME = "SESSION";

    private Cookie cookie;

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            request.setCookies(cookie);
        }
        return request;
    }

    /** Keeps the cookie the answer set (a new session, or a new id after signing in). */
    public ResultActions keep(ResultActions answer) {
        Cookie set = answer.andReturn().getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set;
        }
        return answer;
    }

    public boolean present() {
        return cookie != null;
    }
}
