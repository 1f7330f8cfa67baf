package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.ansinh.support.BrowserTest;
import vn.ansinh.support.TestHouseholds;

class RegisterHouseholdBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommuneOfficerRegistersAHouseholdWithTwoMembersAndFindsItWithoutDiacritics() {
        login("canbo.vuphuc", "canbo.vuphuc");
        open("/households/new");
        browser.findElement(By.id("headName")).sendKeys("Nguyễn Văn Ánh Dương");
        browser.findElement(By.id("village")).sendKeys("Thôn Nam");
        fillMember(0, "Nguyễn Văn Ánh Dương", "MALE", "12/05/1975", "HEAD");
        browser.findElement(By.id("add-member")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members1.fullName")));
        fillMember(1, "Trần Thị Ngọc Hân", "FEMALE", "03/09/1978", "SPOUSE");
        WebElement saveButton = browser.findElement(By.id("save-household"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", saveButton);
        saveButton.click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("household-code")));
        assertThat(browser.findElement(By.id("flash")).getText()).isEqualTo("Đã lưu thông tin hộ gia đình.");
        assertThat(browser.findElements(By.cssSelector("#members tbody tr"))).hasSize(2);

        open("/households");
        browser.findElement(By.id("q")).sendKeys("nguyen van anh duong");
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.urlContains("q=nguyen"));
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("households")));
        assertThat(table.getText()).contains("Nguyễn Văn Ánh Dương");
    }

    @Test
    void aDoubleClickOnSaveRegistersOneHousehold() {
        login("canbo.vuphuc", "canbo.vuphuc");
        open("/households/new");
        browser.findElement(By.id("headName")).sendKeys("Mạc Văn Nhấp Đúp");
        browser.findElement(By.id("village")).sendKeys("Thôn Trung");
        fillMember(0, "Mạc Văn Nhấp Đúp", "MALE", "21/11/1969", "HEAD");
        WebElement save = browser.findElement(By.id("save-household"));
        new Actions(browser).doubleClick(save).perform();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("household-code")));
        assertThat(registered("Mạc Văn Nhấp Đúp")).isOne();
    }

    @Test
    void theSaveButtonShowsItIsWorkingAndIgnoresASecondSubmit() {
        login("canbo.vuphuc", "canbo.vuphuc");
        open("/households/new");
        browser.findElement(By.id("headName")).sendKeys("Mạc Thị Chờ");
        browser.findElement(By.id("village")).sendKeys("Thôn Trung");
        fillMember(0, "Mạc Thị Chờ", "FEMALE", "02/02/1972", "HEAD");
        // both clicks come before the page is gone: the script must let only the first through
        Object result = ((JavascriptExecutor) browser).executeScript(
                "var b = document.getElementById('save-household'); b.click(); b.click();"
                        + " return [b.textContent, b.getAttribute('aria-busy')];");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("household-code")));
        assertThat(result).asList().containsExactly("Đang xử lý…", "true");
        assertThat(registered("Mạc Thị Chờ")).isOne();
    }

    private long registered(String headName) {
        return jdbc.queryForObject("select count(*) from household where head_name = ?", Long.class, headName);
    }

    private void fillMember(int index, String name, String sex, String birthDate, String relation) {
        String prefix = "members" + index + ".";
        browser.findElement(By.id(prefix + "fullName")).sendKeys(name);
        new Select(browser.findElement(By.id(prefix + "sex"))).selectByValue(sex);
        browser.findElement(By.id(prefix + "birthDate")).sendKeys(birthDate);
        new Select(browser.findElement(By.id(prefix + "relation"))).selectByValue(relation);
        browser.findElement(By.id(prefix + "cccd")).sendKeys(TestHouseholds.uniqueCccd());
    }
}
