package vn.ansinh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.ansinh.common.Formats;
import vn.ansinh.pages.PagesSpeakInWordsTest;
import vn.ansinh.support.BrowserTest;

/**
 * A working day of each demo role in Chromium, on the demo province seeded for these journeys (district 343): each
 * signs in, lands on their work and walks the pages they use, which speak in words (no missing key, no code, no ISO
 * date or month), show amounts as {@code 1.500.000 đ} and dates as {@code dd/MM/yyyy}, and fit the window.
 */
class HomePagesBrowserTest extends BrowserTest {

    private static final Pattern DAY = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
    private static final Pattern VND = Pattern.compile("\\d{1,3}(\\.\\d{3})* đ");

    @Autowired
    ApplicationContext context;

    DemoProvince.Area area;

    private static ApplicationContext shared;

    @BeforeEach
    void seeded() {
        DemoProvinceFixture.seedJourneys(context);
        area = DemoProvinceFixture.journeys;
        shared = context;
    }

    @AfterAll
    static void endReviewYear() {
        if (shared != null) {
            DemoProvinceFixture.endReviewYear(shared);
        }
    }

    @Test
    void theCommuneOfficerGoesFromTodaysWorkToAHouseholdAndACasesReasonsAndRecordsItsMeeting() {
        login(area.officer(), area.officer());
        String home = browser.findElement(By.id("home-officer")).getText();
        assertThat(home).contains("Việc của tôi hôm nay", "Họp dân", "chưa được rà soát năm nay");
        readsInWords("officer home", true);

        WebElement meetingTask = browser.findElements(By.cssSelector("#home-tasks a")).stream()
                .filter(a -> a.getText().contains("Họp dân")).findFirst().orElseThrow();
        String household = meetingTask.getText().split(" · ")[0];
        meetingTask.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-form")));
        String caseUrl = browser.getCurrentUrl();
        readsInWords("case at its meeting", true);

        browser.findElement(By.cssSelector("dd a[href*='/households/']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        assertThat(household).contains(browser.findElement(By.cssSelector("h1 span")).getText());
        assertThat(browser.findElement(By.id("members")).getText()).containsPattern(DAY);
        readsInWords("household", true);

        browser.get(caseUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reasons")));
        List<WebElement> reasons = browser.findElements(By.cssSelector("#reasons tbody tr"));
        assertThat(reasons).isNotEmpty();
        for (WebElement r : reasons) {
            List<WebElement> cells = r.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isIn("Đạt", "Không đạt");
            assertThat(cells.get(2).getText()).as("the reason in words").isNotBlank();
            assertThat(cells.get(4).getText()).as("its citation").containsAnyOf("Nghị định", "Quyết định", "Thông tư", "Luật");
        }

        WebElement heldOn = browser.findElement(By.id("heldOn"));
        assertThat(heldOn.getAttribute("value")).matches(DAY);
        browser.findElement(By.id("attendance")).sendKeys("3");
        browser.findElement(By.id("agreeing")).sendKeys("2");
        browser.findElement(By.id("submit-meeting")).click();
        waitFor(By.id("meeting"));
        assertThat(browser.findElement(By.id("meeting")).getText()).containsPattern(DAY).contains("2/3");
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Đang niêm yết");
        readsInWords("case after its meeting", true);

        // this year's re-evaluation of the commune left flags for the officer to review
        open("/campaigns/flags");
        List<WebElement> flags = browser.findElements(By.cssSelector("#campaign-flags tbody tr"));
        assertThat(flags).as("the commune's pending flags").isNotEmpty();
        for (WebElement flag : flags) {
            assertThat(flag.getText()).contains("Xem hộ").containsPattern(DAY);
        }
        readsInWords("flags to review", true);
    }

    @Test
    void theCommuneOfficerListsTheCommunesCasesAndReadsAHouseholdWithItsMembersAgesAndCases() {
        login(area.officer(), area.officer());
        open("/cases");
        List<WebElement> rows = browser.findElements(By.cssSelector("#cases-table tbody tr"));
        assertThat(rows).as("the commune's cases").isNotEmpty();
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            // the case by its code, the household by its head and code, never a database id
            assertThat(cells.get(0).getText()).matches("AS-\\d{4}-\\d{6}-\\d");
            assertThat(cells.get(1).getText()).contains("HGD-");
            // the commune's own list has no commune column: reference, household, village, program, status, step, opened, due
            assertThat(cells.get(3).getText()).as("the program in words").isNotBlank().doesNotContain("_");
            assertThat(cells.get(6).getText()).matches(DAY);
        }
        // each status in words (the newest page may hold only the review year's cases, all in one step)
        assertThat(rows).allSatisfy(r -> assertThat(r.findElements(By.tagName("td")).get(4).getText())
                .as("the status in words").isNotBlank().doesNotContain("_").isNotEqualTo("APPROVAL"));
        readsInWords("case list", true);

        // one step's cases, filtered
        new Select(browser.findElement(By.id("f-status"))).selectByValue("APPROVAL");
        browser.findElement(By.id("cases-search")).click();
        wait.until(ExpectedConditions.urlContains("status=APPROVAL"));
        List<WebElement> approval = browser.findElements(By.cssSelector("#cases-table tbody tr"));
        assertThat(approval).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("Chờ phê duyệt"));
        assertThat(approval.get(0).findElements(By.tagName("td")).get(7).getText()).as("its due day").matches(DAY);
        readsInWords("case list of one status", true);

        // the household of a case: its members with their ages, its cases by code with their dates
        String reference = approval.get(0).findElements(By.tagName("td")).get(0).getText();
        approval.get(0).findElement(By.cssSelector("a[id^='open-']")).click();
        waitFor(By.id("reasons"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Hồ sơ " + reference);
        browser.findElement(By.cssSelector("dd a[href*='/households/']")).click();
        waitFor(By.id("members"));
        assertThat(browser.findElement(By.id("household-code")).getText()).startsWith("HGD-");
        for (WebElement m : browser.findElements(By.cssSelector("#members tbody tr"))) {
            List<WebElement> cells = m.findElements(By.tagName("td"));
            if (!cells.get(2).getText().isBlank()) {
                assertThat(cells.get(2).getText()).matches(DAY);
                assertThat(cells.get(3).getText()).as("the member's age").matches("\\d{1,3}");
            }
        }
        List<WebElement> cases = browser.findElements(By.cssSelector("#household-cases-table tbody tr"));
        assertThat(cases).extracting(r -> r.findElements(By.tagName("td")).get(0).getText()).contains(reference);
        for (WebElement c : cases) {
            List<WebElement> cells = c.findElements(By.tagName("td"));
            assertThat(cells.get(0).getText()).matches("AS-\\d{4}-\\d{6}-\\d");
            assertThat(cells.get(4).getText()).matches(DAY);
            assertThat(cells.get(5).getText()).matches("(" + DAY + ")?");
        }
        readsInWords("household with its cases", true);
    }

    @Test
    void theDistrictApproverFindsTheOverdueFirstOpensOneAndApprovesIt() {
        login(area.approver(), area.approver());
        assertThat(browser.findElement(By.id("home-approver")).getText()).contains("hồ sơ chờ phê duyệt", "Quá hạn");
        assertThat(browser.findElements(By.cssSelector("#home-approval-rows tr")).get(0).getText())
                .contains("Quá hạn").containsPattern(DAY);
        readsInWords("approver home", true);

        open("/inbox");
        List<WebElement> rows = browser.findElements(By.cssSelector("#inbox-table tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getAttribute("class")).contains("table-danger");
        assertThat(rows.get(0).getText()).contains("Quá hạn", "Phê duyệt", "HGD-");
        assertThat(browser.findElements(By.id("bulk-approve"))).hasSize(1);
        readsInWords("inbox", true);

        rows.get(0).findElement(By.cssSelector("a[id^='open-']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-form")));
        assertThat(browser.findElements(By.cssSelector("#reasons tbody tr"))).isNotEmpty();
        readsInWords("case waiting for approval", true);
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("approval-form")));
        assertThat(browser.findElements(By.cssSelector("#timeline tr[data-action='APPROVE']"))).hasSize(1);
        readsInWords("case approved", true);

        // an appeal lodged today waits for the district's review
        open("/appeals");
        List<WebElement> appeals = browser.findElements(By.cssSelector("#appeals tbody tr"));
        assertThat(appeals).anySatisfy(r -> assertThat(r.getText())
                .contains("Đang xem xét", "Trợ cấp xã hội hằng tháng").containsPattern(DAY).containsPattern("AS-\\d{4}-"));
        readsInWords("appeals", true);
        appeals.stream().filter(r -> r.getText().contains("Đang xem xét")).findFirst().orElseThrow()
                .findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.urlMatches("/appeals/\\d+$"));
        readsInWords("appeal under review", true);
    }

    @Test
    void thePaymentOfficerOpensTheMonthsCycleWithItsLinesAndAmounts() {
        login(area.payer(), area.payer());
        String month = Formats.month(YearMonth.now(Formats.PROVINCE));
        String home = browser.findElement(By.id("home-payment")).getText();
        assertThat(home).contains("Kỳ chi trả tháng " + month, "Chờ duyệt").containsPattern(VND);
        readsInWords("payment home", true);

        browser.findElement(By.cssSelector("#home-payment a[href*='/payments/cycles/']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cycle-title")));
        assertThat(browser.findElement(By.id("cycle-title")).getText()).contains(month);
        List<WebElement> lines = browser.findElements(By.cssSelector("tr[id^='line-']"));
        assertThat(lines).isNotEmpty();
        for (WebElement line : lines) {
            assertThat(line.findElement(By.cssSelector("td.text-end")).getText()).matches(VND);
        }
        readsInWords("cycle of the month", true);

        open("/payments");
        assertThat(browser.findElement(By.id("cycles")).getText()).contains(month).doesNotContainPattern("\\d{4}-\\d{2}");
        readsInWords("cycles", true);
    }

    @Test
    void policyStaffReadTheVersionsStartADraftChangeAValueAndSeeItsDifference() {
        login("policy", "policy");
        assertThat(browser.findElement(By.id("home-policy")).getText()).contains("Đang áp dụng:");
        readsInWords("policy home", true);

        // this year's annual review campaign, its cases opened
        open("/campaigns");
        String year = String.valueOf(java.time.LocalDate.now(Formats.PROVINCE).getYear());
        WebElement campaign = browser.findElements(By.cssSelector("#campaigns tbody tr")).stream()
                .filter(r -> r.getText().startsWith(year)).findFirst().orElseThrow();
        assertThat(campaign.getText()).containsPattern(DAY + " – " + DAY).contains("Đang rà soát");
        assertThat(Integer.parseInt(campaign.findElements(By.tagName("td")).get(3).getText().replace(".", "")))
                .as("households on its list").isPositive();
        readsInWords("campaigns", true);
        campaign.findElement(By.tagName("a")).click();
        waitFor(By.id("campaign-page"));
        assertThat(browser.findElement(By.id("campaign-page")).getAttribute("data-status")).isEqualTo("OPEN");
        assertThat(browser.findElements(By.cssSelector("#campaign-communes tbody tr"))).isNotEmpty();
        readsInWords("campaign", true);

        open("/policy");
        assertThat(browser.findElement(By.id("versions")).getText()).contains("Đang có hiệu lực");
        readsInWords("versions", true);
        browser.findElement(By.id("label")).sendKeys("HT-" + Long.toString(System.nanoTime(), 36).substring(0, 6));
        browser.findElement(By.id("create-draft")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parameter-form")));

        new Select(browser.findElement(By.id("parameter"))).selectByValue("sa.base_level");
        new Select(browser.findElement(By.id("parameter-file"))).selectByValue("parameters/social_allowance/base_level.yaml");
        browser.findElement(By.id("from")).sendKeys("01/01/2029");
        browser.findElement(By.id("value")).sendKeys("650000");
        browser.findElement(By.id("reference")).sendKeys("Nghị định thử 1/2029/NĐ-CP");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("add-value")));
        browser.findElement(By.id("add-value")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
        assertThat(browser.findElement(By.id("changes")).getText())
                .contains("parameters/social_allowance/base_level.yaml", "650.000", "01/01/2029");
        readsInWords("draft with its difference", false);
    }

    @Test
    void theAdminSeesTheUsersByRoleAndTheAuditTrail() {
        login("admin", "admin");
        assertThat(browser.findElement(By.id("home-users")).getText()).contains("Cán bộ xã", "Cán bộ chi trả");
        List<WebElement> entries = browser.findElements(By.cssSelector("#home-audit-entries tr"));
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).getText()).containsPattern(DAY);
        readsInWords("admin home", true);

        open("/audit");
        List<WebElement> audit = browser.findElements(By.cssSelector("table tbody tr"));
        assertThat(audit).isNotEmpty();
        assertThat(audit.get(0).findElement(By.tagName("td")).getText()).matches(DAY + " \\d{2}:\\d{2}");
        // each entry's stored detail is shown as recorded; the rest of the page speaks in words
        readsInWords("audit", false);

        open("/admin/logins");
        readsInWords("sign-in locks", true);
    }

    @Test
    void signingInReturnsToThePageAskedFor() {
        open("/inbox");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(area.approver());
        browser.findElement(By.id("password")).sendKeys(area.approver());
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        assertThat(browser.getCurrentUrl()).contains("/inbox");
    }

    /** Waits for an element; if it never comes, says what the page showed instead. */
    private void waitFor(By what) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(what));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + what + " on " + browser.getCurrentUrl() + ":\n"
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /**
     * What the person reads on this page: no missing key, no unit written twice, nothing wider than the window, no
     * console problem; {@code strict} pages also no enum code, no ISO date and no {@code yyyy-MM} month.
     */
    private void readsInWords(String page, boolean strict) {
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(text).as(page + ": missing message key").doesNotContainPattern(PagesSpeakInWordsTest.MISSING_KEY);
        assertThat(text).as(page + ": unit written twice").doesNotContainPattern(PagesSpeakInWordsTest.DOUBLED_UNIT);
        assertThat(text).as(page + ": year as a grouped number").doesNotContainPattern(PagesSpeakInWordsTest.GROUPED_YEAR);
        assertThat(text).as(page + ": candidate group code").doesNotContainPattern(PagesSpeakInWordsTest.CANDIDATE_GROUP);
        if (strict) {
            assertThat(text).as(page + ": code instead of words").doesNotContainPattern(PagesSpeakInWordsTest.ENUM_NAME);
            assertThat(text).as(page + ": allowance category code").doesNotContainPattern(PagesSpeakInWordsTest.CATEGORY_CODE);
            assertThat(text).as(page + ": ISO date").doesNotContainPattern(PagesSpeakInWordsTest.ISO_DATE);
            assertThat(text).as(page + ": month as yyyy-MM").doesNotContainPattern(PagesSpeakInWordsTest.ISO_MONTH);
        }
        Number over = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(over.intValue()).as(page + ": wider than the window by").isLessThanOrEqualTo(0);
        assertThat(consoleProblems()).as(page + ": console").isEmpty();
    }
}
