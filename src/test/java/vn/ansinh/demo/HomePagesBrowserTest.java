package vn.ansinh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.ansinh.common.Formats;
import vn.ansinh.support.BrowserTest;

/**
 * Each role signs in in Chromium and lands on its work, seeded by the demo province (district 338); a page asked
 * for before signing in is where the sign-in lands.
 */
class HomePagesBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void seeded() {
        DemoProvinceFixture.seed(context);
    }

    @Test
    void eachRoleLandsOnItsWork() {
        DemoProvince.Area area = DemoProvinceFixture.a;
        login(area.officer(), area.officer());
        String officer = browser.findElement(By.id("home-officer")).getText();
        assertThat(officer).contains("Việc của tôi hôm nay", "Họp dân", "Phúc tra khiếu nại", "chưa được rà soát năm nay");
        logout();

        login(area.approver(), area.approver());
        String approver = browser.findElement(By.id("home-approver")).getText();
        assertThat(approver).contains("hồ sơ chờ phê duyệt", "Quá hạn");
        assertThat(browser.findElements(By.cssSelector("#home-approval-rows tr")).get(0).getText()).contains("Quá hạn");
        logout();

        login(area.payer(), area.payer());
        String payer = browser.findElement(By.id("home-payment")).getText();
        assertThat(payer).contains("Kỳ chi trả tháng " + Formats.month(YearMonth.now(Formats.PROVINCE)), " đ", "Chờ duyệt");
        logout();

        login("policy", "policy");
        assertThat(browser.findElement(By.id("home-policy")).getText()).contains("Đang áp dụng:");
        assertThat(browser.findElement(By.id("home-plan")).getText()).contains("chỉ tiêu của kế hoạch");
        logout();

        login("admin", "admin");
        assertThat(browser.findElement(By.id("home-users")).getText()).contains("Cán bộ xã");
        assertThat(browser.findElements(By.cssSelector("#home-audit-entries tr"))).isNotEmpty();
        assertThat(consoleProblems()).isEmpty();
    }

    @Test
    void signingInReturnsToThePageAskedFor() {
        DemoProvince.Area area = DemoProvinceFixture.a;
        open("/inbox");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(area.approver());
        browser.findElement(By.id("password")).sendKeys(area.approver());
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        assertThat(browser.getCurrentUrl()).contains("/inbox");
    }

    private void logout() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }
}
