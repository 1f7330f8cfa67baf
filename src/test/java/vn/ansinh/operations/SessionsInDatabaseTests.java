package vn.ansinh.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SessionCookie;

/**
 * A signed-in session lives in PostgreSQL (Spring Session JDBC), not in the node's memory: any node on the same
 * database finds it by its cookie, and a session removed from the database is gone on every node.
 */
class SessionsInDatabaseTests extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static String cookie(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SessionCookie.NAME + "="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(String user) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Cookie", cookie(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return cookie(signedIn);
    }

    @Test
    void aSignedInSessionIsStoredInTheDatabaseAndEndsWhenItsRowIsRemoved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from spring_session where principal_name = 'canbo.vuhoi'", Long.class);
        String session = signIn("canbo.vuhoi");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'canbo.vuhoi'", Long.class))
                .isEqualTo(before + 1);
        assertThat(get("/inbox", session).statusCode()).isEqualTo(200);

        jdbc.update("delete from spring_session where principal_name = 'canbo.vuhoi'");

        HttpResponse<String> after = get("/inbox", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
