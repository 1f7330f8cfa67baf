package vn.ansinh.payment.web;

import vn.ansinh.payment.cycle.PaymentTestData;
import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.EntitlementService;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ansinh.support.BrowserTest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentCycleBrowserTest extends BrowserTest {

    @Autowired
    EntitlementService entitlementService;

    @Test
    void aPaymentOfficerGeneratesApprovesAndExportsACommuneList() throws Exception {
        Entitlement e = new PaymentTestData(entitlementService).monthly("12466", "336", "Hà Thị Xuân", "1.5", YearMonth.of(2018, 1));
        login("chitra.tpthaibinh", "chitra.tpthaibinh");
        open("/payments");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('month').value = '2018-03'");
        browser.findElement(By.id("generate")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-status")));
        assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("Chờ duyệt");
        assertThat(browser.findElement(By.id("message")).getText()).startsWith("Đã lập danh sách");
        browser.findElement(By.cssSelector("#commune-12466 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lines")));
        assertThat(browser.findElement(By.id("lines")).getText()).contains("Hà Thị Xuân", e.getCccd(), "405.000 đ");

        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBe(By.id("cycle-status"), "Đã duyệt"));
        String href = browser.findElement(By.id("xlsx-12466")).getAttribute("href");
        String session = browser.manage().getCookieNamed(vn.ansinh.support.SessionCookie.NAME).getValue();
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", vn.ansinh.support.SessionCookie.NAME + "=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var row = wb.getSheetAt(0).getRow(4);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Hà Thị Xuân");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("405.000 đ");
        }

        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBe(By.id("cycle-status"), "Đã xuất danh sách"));
        assertThat(browser.findElements(By.id("import"))).hasSize(1);
    }
}
