package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.BrowserTest;

class CaseBrowserTest extends BrowserTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired Cases cases;

    @AfterEach
    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void anOfficerSubmitsACaseAndTheDistrictApprovesItFromTheInbox() {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(
                Date.from(LocalDateTime.of(2024, 3, 6, 9, 0).atZone(CaseClock.ZONE).toInstant()));
        long householdId = jdbc.queryForObject("select max(id) from household where commune_code = '12466'", Long.class);

        login("canbo.vuphuc", "canbo.vuphuc");
        open("/households/" + householdId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-case"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-case-form")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("program"))).selectByValue("POVERTY_RECOGNITION");
        browser.findElement(By.id("submit-new-case")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assessment-form")));
        long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/cases/(\\d+).*", "$1"));

        WebElement income = browser.findElement(By.id("income"));
        income.clear();
        income.sendKeys("900000");
        for (String code : new String[] {"E1", "E4", "E8"}) {
            WebElement box = browser.findElement(By.id("dep-" + code));
            if (!box.isSelected()) {
                box.click();
            }
        }
        browser.findElement(By.id("submit-assessment")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-form")));
        assertThat(browser.findElement(By.id("decision-outcome")).getText()).isEqualTo("Đủ điều kiện");
        browser.findElement(By.id("attendance")).sendKeys("3");
        browser.findElement(By.id("agreeing")).sendKeys("2");
        browser.findElement(By.id("submit-meeting")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
        browser.findElement(By.id("logout")).click();

        new FlowableTimers(engine).fire(cases.findById(caseId).orElseThrow().processInstanceId(), "postingEnded");

        login("duyet.tpthaibinh", "duyet.tpthaibinh");
        open("/inbox");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("select-" + caseId))).click();
        browser.findElement(By.id("bulk-approve")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-result")));
        assertThat(browser.findElement(By.id("bulk-result")).getText()).contains("Đã phê duyệt 1 hồ sơ");

        open("/cases/" + caseId);
        assertThat(browser.findElement(By.id("case-status")).getAttribute("data-status")).isEqualTo("APPROVED");
        assertThat(browser.findElements(By.cssSelector("#timeline tr[data-action='APPROVE']"))).hasSize(1);
        assertThat(browser.findElement(By.id("current-steps")).getAttribute("data-steps")).isEqualTo("caseApproved");
        assertThat(browser.findElement(By.id("diagram-image")).getAttribute("naturalWidth")).isNotEqualTo("0");
    }
}
