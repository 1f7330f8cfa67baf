package vn.ansinh.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ansinh.support.BrowserTest;

class PlanDashboardBrowserTest extends BrowserTest {

    @Autowired org.springframework.context.ApplicationContext context;


    @BeforeEach
    void register() {
        PlanFixture.ensureLoaded(context);
    }

    private boolean chartDrawn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined;", id));
    }

    @Test
    void policyStaffSeeEveryTargetInWordsWithChartsAndTheCommuneTableSortedByGap() {
        login("policy", "policy");
        open("/plan?year=2016&target=POVERTY_ALL_COMMUNES_2020");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("targets")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#targets tbody tr"));
        assertThat(rows).hasSizeGreaterThan(30);
        assertThat(browser.findElement(By.cssSelector("#targets tr[data-target='POVERTY_NEW_COUNTRYSIDE_2015'] .plan-status"))
                .getText()).contains("Chưa có số liệu");
        wait.until(d -> chartDrawn("trend-chart") && chartDrawn("district-chart"));
        assertThat(browser.findElements(By.cssSelector("#district-data tbody tr"))).hasSize(8);
        List<WebElement> communes = browser.findElements(By.cssSelector("#communes tbody tr"));
        assertThat(communes).hasSize(260);
        assertThat(browser.findElement(By.cssSelector("#communes tbody tr[data-commune='" + PlanFixture.COMMUNE + "']"))
                .getText()).contains("Đông Trà");
        WebElement gap = browser.findElement(By.cssSelector("#communes thead th:nth-child(4)"));
        gap.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(gap.getAttribute("aria-sort")).isEqualTo("descending");
        List<Double> gaps = browser.findElements(By.cssSelector("#communes tbody td.plan-gap")).stream()
                .map(td -> td.getAttribute("data-sort-value")).filter(v -> v != null && !v.isEmpty())
                .map(Double::valueOf).toList();
        assertThat(gaps).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        new Select(browser.findElement(By.id("area"))).selectByValue(PlanFixture.DISTRICT);
        browser.findElement(By.id("show")).sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("area-name"), "Huyện Tiền Hải"));
        assertThat(browser.findElements(By.cssSelector("#communes tbody tr")).size()).isLessThan(260);
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommune() {
        login(PlanFixture.OFFICER, PlanFixture.OFFICER);
        browser.findElement(By.id("nav-plan")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("targets")));
        assertThat(new Select(browser.findElement(By.id("area"))).getOptions()).hasSize(1);
        List<WebElement> communes = browser.findElements(By.cssSelector("#communes tbody tr"));
        assertThat(communes).hasSize(1);
        assertThat(communes.get(0).getAttribute("data-commune")).isEqualTo(PlanFixture.COMMUNE);
        assertThat(browser.findElements(By.id("district-chart"))).isEmpty();
        open("/plan?area=34");
        assertThat(browser.getPageSource()).doesNotContain("id=\"targets\"");
    }
}
