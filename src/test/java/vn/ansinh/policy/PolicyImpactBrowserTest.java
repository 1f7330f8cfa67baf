package vn.ansinh.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.support.BrowserTest;
import vn.ansinh.support.TestHouseholds;

/**
 * In Chromium: a policy user raises the rural poverty line from 2031 on a draft, runs the impact as of 01/06/2031,
 * watches the progress bar end, finds a registered household in the list of changes with the income criterion that
 * flipped, submits; another policy user sees the impact next to the approve button, approves and publishes.
 */
class PolicyImpactBrowserTest extends BrowserTest {

    @Autowired AssessmentManagement assessments;

    private String household() throws Exception {
        String created = mvc.perform(post("/api/households").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TestHouseholds.json("Phạm Văn Trìnhduyệt", "12466", "Phạm Văn Trìnhduyệt", "Phạm Thị Con")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(LocalDate.of(2024, 3, 1));
        form.setMonthlyIncomePerCapita(2_500_000L);
        form.setDeprivations(List.of("E1", "E4", "E8"));
        form.setHousingCondition(HousingCondition.SOUND);
        assessments.recordUnchecked(id, form, "test");
        return JsonPath.read(created, "$.code");
    }

    @Test
    void aParameterIsEditedItsImpactListedAndTheDraftPublished() throws Exception {
        String code = household();
        login("policy", "policy");
        open("/policy");
        String label = "BI-" + Long.toString(System.nanoTime(), 36);
        browser.findElement(By.id("label")).sendKeys(label);
        click(By.id("create-draft"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parameter-form")));
        String draftUrl = browser.getCurrentUrl();

        new Select(browser.findElement(By.id("parameter"))).selectByValue("poverty.income_line.rural");
        new Select(browser.findElement(By.id("parameter-file"))).selectByValue("parameters/poverty/income_thresholds.yaml");
        browser.findElement(By.id("from")).sendKeys("01/01/2031");
        browser.findElement(By.id("value")).sendKeys("3000000");
        browser.findElement(By.id("reference")).sendKeys("Nghị định thử 1/2031/NĐ-CP, Điều 3");
        click(By.id("add-value"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-findings")));

        browser.findElement(By.id("impact-as-of")).sendKeys("01/06/2031");
        click(By.id("start-impact"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impact-progress")));
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("impact-status"), "Đã xong"));
        assertThat(browser.findElement(By.id("impact-progress")).getText()).isEqualTo("100%");
        assertThat(browser.findElement(By.cssSelector("#impact-programs tr[data-program='POVERTY']")).getText())
                .contains("Hộ có mức sống trung bình → Hộ nghèo");
        assertThat(browser.findElements(By.cssSelector("#impact-changes tr.change"))).isNotEmpty();

        browser.findElement(By.id("household")).sendKeys(code);
        new Select(browser.findElement(By.id("program"))).selectByValue("POVERTY");
        click(By.id("apply-filter"));
        wait.until(ExpectedConditions.attributeContains(By.id("export-xlsx"), "href", "household=" + code));
        List<WebElement> rows = browser.findElements(By.cssSelector("#impact-changes tr.change"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(code, "Hộ có mức sống trung bình", "Hộ nghèo",
                "POV-ND07-INCOME-LINE: không đạt → đạt", "income 2.500.000", "threshold 3.000.000");

        browser.get(draftUrl);
        assertThat(browser.findElement(By.id("impact-latest")).getText()).contains("Đã xong");
        click(By.id("submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-status"), "Chờ duyệt"));
        assertThat(browser.findElements(By.id("approve"))).as("the author is not offered the approval").isEmpty();
        click(By.id("logout"));

        login("policy2", "policy2");
        browser.get(draftUrl);
        assertThat(browser.findElement(By.id("impact-latest-programs")).getText()).contains("Hộ nghèo, cận nghèo");
        assertThat(browser.findElement(By.id("changes")).getText()).contains("income_thresholds.yaml");
        click(By.id("approve"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-form")));
        browser.findElement(By.id("what")).sendKeys("Chuẩn nghèo nông thôn 3.000.000 đ từ 2031");
        browser.findElement(By.id("why")).sendKeys("Thử nghiệm tác động trên trình duyệt");
        browser.findElement(By.id("legalInstrument")).sendKeys("Nghị định thử 1/2031/NĐ-CP");
        click(By.id("publish"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("version-status"), "Đang có hiệu lực"));
        assertThat(consoleProblems()).isEmpty();
    }

    private void click(By control) {
        var element = browser.findElement(control);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
