package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/**
 * The audit viewer: admin and province policy staff only; filters by user, record, action, refusals and dates;
 * pages by keyset; exports XLSX; every viewing and export is itself on the trail. Household detail reads are
 * audited, search results are not (one entry per household opened, none per row listed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditViewerTests extends IntegrationTest {

    private static final Pattern ROW_ID = Pattern.compile("data-id=\"(\\d+)\"");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private final String actor = "viewer.test." + System.nanoTime() % 1_000_000;

    /** 120 entries by one user: every second one a refusal, 12 of them on 10/01/2026 at 09:00 in Thái Bình. */
    @BeforeAll
    void writeEntries() {
        for (int i = 0; i < 120; i++) {
            Instant at = i < 12 ? Instant.parse("2026-01-10T02:00:00Z") : Instant.parse("2026-02-01T03:30:00Z");
            jdbc.update("insert into audit_entry(occurred_at, username, role, action, subject_type, subject_id, detail, refusal)"
                            + " values (?, ?, 'COMMUNE_OFFICER', ?, 'household', ?, 'test', ?)",
                    Timestamp.from(at), actor, i % 2 == 0 ? "HOUSEHOLD_READ" : "HOUSEHOLD_ACCESS_REFUSED",
                    "rec-" + (i % 7), i % 2 == 1);
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static List<Long> ids(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void pagesNewestFirstByKeysetThroughEveryMatchingEntry() throws Exception {
        List<Long> all = new ArrayList<>();
        String html = mvc.perform(get("/audit").param("user", actor).with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int pages = 1;
        while (true) {
            all.addAll(ids(html));
            Matcher older = Pattern.compile("id=\"audit-older\" href=\"([^\"]+)\"").matcher(html);
            if (!older.find()) {
                break;
            }
            html = mvc.perform(get(older.group(1).replace("&amp;", "&")).with(as("admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(120).doesNotHaveDuplicates();
        assertThat(all).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'AUDIT_VIEWED' and username = 'admin'"
                + " and detail like ?", Integer.class, "user=" + actor + "%")).isEqualTo(3);
    }

    @Test
    void showsActionsInWordsAndTimesAsDayMonthYear() throws Exception {
        String vi = mvc.perform(get("/audit").param("user", actor).param("from", "10/01/2026").param("to", "10/01/2026")
                .with(as("policy"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ids(vi)).hasSize(12);
        assertThat(vi).contains("Xem hồ sơ hộ", "Truy cập hộ ngoài địa bàn", "10/01/2026 09:00", "Cán bộ xã",
                        "<span>Hộ gia đình</span> <span>rec-")
                .doesNotContain(">HOUSEHOLD_READ<", "2026-01-10");
        String en = mvc.perform(get("/audit").param("user", actor).param("lang", "en").with(as("policy")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Household record viewed", "Audit trail");
    }

    @Test
    void showsTheDetailsTheModulesWroteWithMonthsAndDatesInWordsNeverIso() throws Exception {
        String writer = "detail.test." + System.nanoTime() % 1_000_000;
        String[] details = {"LEFT_HOUSEHOLD on 2026-05-03 after 2026-05: chuyển đi nơi khác",
                "SOCIAL_ALLOWANCE SA5a from 2026-06 case=12", "appeal 7 after 2026-04", "month=2026-05",
                "opened 2026-05-03T02:15:00Z, due 2026-06-30"};
        for (String detail : details) {
            jdbc.update("insert into audit_entry(occurred_at, username, role, action, subject_type, subject_id, detail, refusal)"
                    + " values (now(), ?, 'COMMUNE_OFFICER', 'ENTITLEMENT_STOPPED', 'Entitlement', '1', ?, false)", writer, detail);
        }
        String html = mvc.perform(get("/audit").param("user", writer).with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = vn.ansinh.pages.PagesSpeakInWordsTest.visibleText(html.substring(html.indexOf("id=\"audit-entries\"")));
        assertThat(text).contains("Rời khỏi hộ ngày 03/05/2026 sau 05/2026: chuyển đi nơi khác",
                "Trợ cấp xã hội hằng tháng SA5a từ 06/2026", "khiếu nại 7 sau 04/2026", "tháng=05/2026",
                "03/05/2026 09:15", "hạn 30/06/2026");
        assertThat(Pattern.compile("\\d{4}-\\d{2}").matcher(text).find()).as(text).isFalse();
        assertThat(text).doesNotContain("LEFT_HOUSEHOLD", "SOCIAL_ALLOWANCE", " after ");
        // the stored detail stays as the module wrote it
        assertThat(jdbc.queryForList("select detail from audit_entry where username = ?", String.class, writer))
                .containsExactlyInAnyOrder(details);
        String en = mvc.perform(get("/audit").param("user", writer).param("lang", "en").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en.substring(en.indexOf("id=\"audit-entries\""))).contains("Left the household on 03/05/2026 after 05/2026")
                .doesNotContain("2026-05");
    }

    @Test
    void filtersByRecordActionAndRefusals() throws Exception {
        String json = mvc.perform(get("/api/audit").param("user", actor).param("refusals", "true")
                .param("record", "rec-3").with(httpBasic("policy", "policy")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Boolean> refusals = JsonPath.read(json, "$.entries[*].refusal");
        List<String> records = JsonPath.read(json, "$.entries[*].subjectId");
        assertThat(refusals).isNotEmpty().containsOnly(true);
        assertThat(records).containsOnly("rec-3");
        List<Object> read = JsonPath.read(mvc.perform(get("/api/audit").param("user", actor).param("action", "HOUSEHOLD_READ")
                .param("from", "2026-02-01").with(httpBasic("admin", "admin"))).andReturn().getResponse().getContentAsString(),
                "$.entries[*].action");
        assertThat(read).hasSize(50).containsOnly("HOUSEHOLD_READ");
    }

    @Test
    void exportsTheFilteredTrailAsXlsxAndRecordsTheExport() throws Exception {
        byte[] xlsx = mvc.perform(get("/audit/export.xlsx").param("user", actor).with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Lúc");
            assertThat(sheet.getLastRowNum()).isEqualTo(120);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isIn("Xem hồ sơ hộ", "Truy cập hộ ngoài địa bàn");
            assertThat(sheet.getRow(120).getCell(0).getStringCellValue()).isEqualTo("10/01/2026 09:00");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'AUDIT_EXPORTED' and username = 'admin'"
                + " and detail like ?", Integer.class, "120 entries; user=" + actor + "%")).isEqualTo(1);
    }

    @Test
    void othersAreRefusedAndTheRefusalIsRecorded() throws Exception {
        int before = jdbc.queryForObject("select count(*) from audit_entry where action = 'ACT_REFUSED' and subject_type = 'audit'"
                + " and username = 'canbo.vuhoi' and refusal", Integer.class);
        mvc.perform(get("/audit").with(as("canbo.vuhoi"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.xlsx").with(as("canbo.vuhoi"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(httpBasic("canbo.vuhoi", "canbo.vuhoi"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACT_REFUSED' and subject_type = 'audit'"
                + " and username = 'canbo.vuhoi' and refusal", Integer.class)).isEqualTo(before + 3);
    }

    @Test
    void aBadDateIsA400NamingTheField() throws Exception {
        String html = mvc.perform(get("/audit").param("from", "31/02/2026").with(as("admin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("audit-errors", "Từ ngày");
        mvc.perform(get("/api/audit").param("from", "hôm qua").with(httpBasic("admin", "admin"))).andExpect(status().isBadRequest());
    }

    @Test
    void aHouseholdDetailReadIsAuditedAndASearchIsNotPerRow() throws Exception {
        String created = mvc.perform(post("/api/households").with(httpBasic("canbo.vuhoi", "canbo.vuhoi"))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Đọc Nhật Ký", "13255", "Đọc Nhật Ký")))
                .andReturn().getResponse().getContentAsString();
        String id = String.valueOf(((Number) JsonPath.read(created, "$.id")).longValue());
        mvc.perform(get("/api/households").param("q", "doc nhat ky").with(httpBasic("canbo.vuhoi", "canbo.vuhoi")))
                .andExpect(status().isOk());
        mvc.perform(get("/households").param("q", "doc nhat ky").with(as("canbo.vuhoi"))).andExpect(status().isOk());
        assertThat(reads(id)).as("a search lists, it does not open").isZero();
        mvc.perform(get("/api/households/" + id).with(httpBasic("canbo.vuhoi", "canbo.vuhoi"))).andExpect(status().isOk());
        mvc.perform(get("/households/" + id).with(as("canbo.vuhoi"))).andExpect(status().isOk());
        assertThat(reads(id)).isEqualTo(2);
    }

    private int reads(String householdId) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'HOUSEHOLD_READ' and subject_id = ?"
                + " and username = 'canbo.vuhoi'", Integer.class, householdId);
    }
}
