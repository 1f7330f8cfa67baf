package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.ansinh.support.BrowserTest;

/** In Chromium: a policy user adds a dated parameter value, sees the code editor, submits; another approves; published now. */
class PolicyWorkbenchBrowserTest extends BrowserTest {

    @Test
    void aParameterIsEditedApprovedByAnotherUserAndPublished() {
        login("policy", "policy");
        open("/policy");
        String label = "BR-" + Long.toString(System.nanoTime(), 36);
        browser.findElement(By.id("label")).sendKeys(label);
        click(By.id("create-draft"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parameter-form")));
        String draftUrl = browser.getCurrentUrl();

        new Select(browser.findElement(By.id("parameter"))).selectByValue("sa.base_level");
        new Select(browser.findElement(By.id("parameter-file"))).selectByValue("parameters/social_allowance/base_level.yaml");
        browser.findElement(By.id("from")).sendKeys("01/01/2030");
        browser.findElement(By.id("value")).sendKeys("700000");
        browser.findElement(By.id("reference")).sendKeys("Nghị định thử 3/2030/NĐ-CP, Điều 1");
        click(By.id("add-value"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-findings")));
        assertThat(browser.findElement(By.cssSelector("[data-name='sa.base_level']")).getText())
                .contains("01/01/2030", "700.000", "Nghị định thử 3/2030/NĐ-CP");

        click(By.id("edit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror .CodeMirror-linenumber")));
        assertThat(browser.findElements(By.cssSelector(".CodeMirror .cm-keyword, .CodeMirror .cm-atom, .CodeMirror .cm-string")))
                .as("syntax highlighting").isNotEmpty();
        browser.get(draftUrl);
        click(By.id("submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-status"), "Chờ duyệt"));
        assertThat(browser.findElements(By.id("approve"))).as("the author is not offered the approval").isEmpty();
        click(By.id("logout"));

        login("policy2", "policy2");
        browser.get(draftUrl);
        click(By.id("approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-form")));
        browser.findElement(By.id("what")).sendKeys("Mức chuẩn 700.000 đ từ 2030");
        browser.findElement(By.id("why")).sendKeys("Thử nghiệm trên trình duyệt");
        browser.findElement(By.id("legalInstrument")).sendKeys("Nghị định thử 3/2030/NĐ-CP");
        click(By.id("publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-status"), "Đang có hiệu lực"));
        open("/policy");
        assertThat(browser.findElement(By.cssSelector("#versions tbody tr")).getText()).contains(label, "Đang có hiệu lực");
        assertThat(consoleProblems()).isEmpty();
    }

    /**
     * Clicks the control in the page itself: an input's autofill pop-up can lie over the button below it in headless
     * Chromium, which makes a pointer click land on the pop-up.
     */
    private void click(By control) {
        var element = browser.findElement(control);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
