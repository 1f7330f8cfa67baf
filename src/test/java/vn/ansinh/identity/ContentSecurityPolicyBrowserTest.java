package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.BrowserTest;

/**
 * The main pages work under the Content-Security-Policy: Chromium's console shows no violation (and no other error)
 * on any of them, while an inline script slipped into a page is refused and reported — so the check can fail.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> problems = new ArrayList<>();

    private void visit(String path) {
        open(path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        consoleProblems().forEach(p -> problems.add(path + ": " + p));
    }

    @Test
    void theMainPagesRaiseNoPolicyViolation() {
        long household = jdbc.queryForObject("select min(id) from household where commune_code = '12466'", Long.class);
        login("canbo.vuphuc", "canbo.vuphuc");
        visit("/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#home-case-dashboard *")));
        consoleProblems().forEach(p -> problems.add("/ after htmx: " + p));
        for (String path : List.of("/households", "/households?q=nguyen", "/households/" + household,
                "/households/" + household + "/edit", "/households/new", "/inbox", "/payments/entitlements")) {
            visit(path);
        }
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        login("admin", "admin");
        for (String path : List.of("/", "/payments", "/payments/reconciliation", "/audit", "/audit?refusals=true",
                "/admin/logins", "/households/" + household + "/eligibility")) {
            visit(path);
        }
        open("/swagger-ui/index.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
        consoleProblems().forEach(p -> problems.add("swagger-ui: " + p));
        assertThat(problems).isEmpty();
    }

    @Test
    void anInlineScriptIsRefusedAndReported() {
        login("policy", "policy");
        consoleProblems();
        ((JavascriptExecutor) browser).executeScript(
                "var s = document.createElement('script'); s.textContent = 'document.title = \"pwned\"'; document.body.appendChild(s);");
        assertThat(browser.getTitle()).isNotEqualTo("pwned");
        assertThat(consoleProblems()).anySatisfy(p -> assertThat(p).contains("Content Security Policy"));
    }
}
