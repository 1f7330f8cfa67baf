package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.ansinh.support.BrowserTest;
import vn.ansinh.support.TestHouseholds;

class RegisterHouseholdBrowserTest extends BrowserTest {

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
        browser.findElement(By.id("save-household")).click();

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

    private void fillMember(int index, String name, String sex, String birthDate, String relation) {
        String prefix = "members" + index + ".";
        browser.findElement(By.id(prefix + "fullName")).sendKeys(name);
        new Select(browser.findElement(By.id(prefix + "sex"))).selectByValue(sex);
        browser.findElement(By.id(prefix + "birthDate")).sendKeys(birthDate);
        new Select(browser.findElement(By.id(prefix + "relation"))).selectByValue(relation);
        browser.findElement(By.id(prefix + "cccd")).sendKeys(TestHouseholds.uniqueCccd());
    }
}
