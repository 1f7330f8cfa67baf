package vn.ansinh.household.imports;

import vn.ansinh.common.Formats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.TestHouseholds;

/** The household import from a survey file, on the real register: CSV and XLSX, rejections, modes, CCCD matching. */
class HouseholdImportTests extends IntegrationTest {

    static final String OFFICER = "canbo.vuphuc";
    static final String COMMUNE = "12466";
    static final String HEADER = "Mã hộ trong phiếu,Mã xã/phường,Thôn/tổ dân phố,Địa chỉ,Họ và tên,Giới tính,Ngày sinh,"
            + "Quan hệ với chủ hộ,Số CCCD,Diện người có công";

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    private static String unique() {
        return Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "").toUpperCase();
    }

    static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    String submit(String user, String fileName, byte[] content, String mode, String existing) throws Exception {
        var request = multipart("/api/households/imports").file(new MockMultipartFile("file", fileName, null, content))
                .param("mode", mode).with(httpBasic(user, user));
        if (existing != null) {
            request.param("existing", existing);
        }
        String body = mvc.perform(request).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.jobId");
    }

    /** Waits for the job to end and returns its JSON. */
    String finished(String user, String jobId) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            String body = mvc.perform(get("/api/households/imports/" + jobId).with(httpBasic(user, user)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!"RUNNING".equals(JsonPath.read(body, "$.status")) || System.currentTimeMillis() > until) {
                assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DONE");
                return body;
            }
            Thread.sleep(100);
        }
    }

    String importCsv(String user, String mode, String existing, String... rows) throws Exception {
        return finished(user, submit(user, "ho.csv", csv(rows).getBytes(StandardCharsets.UTF_8), mode, existing));
    }

    private int householdsHeadedBy(String name) {
        return jdbc.queryForObject("select count(*) from household where head_name = ?", Integer.class, name);
    }

    private static List<Map<String, Object>> rejected(String body) {
        return JsonPath.read(body, "$.rejected");
    }

    private static Map<String, Object> at(String body, int line) {
        return rejected(body).stream().filter(r -> ((Number) r.get("line")).intValue() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no rejection of line " + line + " in " + body));
    }

    @Test
    void importsACsvFileAndItsHouseholdsAreSearchable() throws Exception {
        String u = unique();
        String head = "Lê Văn Nhập " + u;
        String body = importCsv(OFFICER, "VALID_ROWS", null,
                "A1," + COMMUNE + ",Thôn Bắc,Số 3," + head + ",Nam,12/05/1970,Chủ hộ," + TestHouseholds.uniqueCccd() + ",",
                "A1,,,,Phạm Thị Vợ " + u + ",Nữ,1972-01-30,Vợ/chồng,,",
                "A1,,,,Lê Văn Con " + u + ",nam,3/4/2010,Con,,",
                "B2,,Thôn Nam,,Đỗ Thị Hai " + u + ",Female,01/01/1950,Head,,MC07");
        assertThat((Integer) JsonPath.read(body, "$.rows")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(body, "$.imported")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(body, "$.households.created")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.progress")).isEqualTo(100);
        assertThat(rejected(body)).isEmpty();

        mvc.perform(get("/api/households").param("q", "le van nhap " + u.toLowerCase()).with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].memberCount").value(3));
        assertThat(jdbc.queryForObject("select village from household where head_name = ?", String.class, head))
                .isEqualTo("Thôn Bắc");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'HOUSEHOLDS_IMPORTED'"
                + " and subject_id = ? and username = ?", Integer.class, (String) JsonPath.read(body, "$.jobId"), OFFICER))
                .isEqualTo(1);
    }

    @Test
    void importsAnXlsxFileWithDateCellsAndSemicolonFreeText() throws Exception {
        String u = unique();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            CellStyle day = book.createCellStyle();
            day.setDataFormat((short) 14);
            String[] header = {"ma ho", "Ho va ten", "Gioi tinh", "Ngay sinh", "Quan he voi chu ho", "CCCD"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {{"X1", "Vũ Văn Sổ " + u, "Nam", LocalDate.of(1961, 7, 1), "Chủ hộ", TestHouseholds.uniqueCccd()},
                    {"X1", "Vũ Thị Bảng " + u, "Nữ", LocalDate.of(1990, 12, 31), "Con", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    if (rows[r][i] instanceof LocalDate d) {
                        row.createCell(i).setCellValue(d);
                        row.getCell(i).setCellStyle(day);
                    } else {
                        row.createCell(i).setCellValue((String) rows[r][i]);
                    }
                }
            }
            book.write(out);
            String body = finished(OFFICER, submit(OFFICER, "khao-sat.xlsx", out.toByteArray(), "ALL_OR_NOTHING", null));
            assertThat(rejected(body)).isEmpty();
            assertThat((Integer) JsonPath.read(body, "$.imported")).isEqualTo(2);
        }
        assertThat(jdbc.queryForObject("select m.birth_date from household_member m where m.full_name = ?",
                java.sql.Date.class, "Vũ Văn Sổ " + u).toLocalDate()).isEqualTo(LocalDate.of(1961, 7, 1));
        assertThat(jdbc.queryForObject("select commune_code from household where head_name = ?", String.class,
                "Vũ Văn Sổ " + u)).isEqualTo(COMMUNE);
    }

    @Test
    void reportsEveryKindOfBadRowWithItsLineAndColumnAndWritesTheValidHouseholds() throws Exception {
        String u = unique();
        String future = LocalDate.now(Formats.PROVINCE).plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String body = importCsv(OFFICER, "VALID_ROWS", null,
                "G1,,,,Tốt Văn Một " + u + ",Nam,01/01/1960,Chủ hộ,,",                  // 2 good
                "S1,,,,Sai Giới " + u + ",Không rõ,01/01/1960,Chủ hộ,,",                // 3 sex
                "D1,,,,Sai Ngày " + u + ",Nam,31/02/1960,Chủ hộ,,",                     // 4 date
                "F1,,,,Tương Lai " + u + ",Nam," + future + ",Chủ hộ,,",                // 5 form: birth date in the future
                "C1,,,,Sai Số " + u + ",Nam,01/01/1960,Chủ hộ,12345,",                  // 6 form: CCCD format
                "N1,,,,,Nam,01/01/1960,Chủ hộ,,",                                        // 7 form: name required
                "M1,,,,Sai Diện " + u + ",Nam,01/01/1960,Chủ hộ,,ZZ99",                 // 8 form: unknown merit code
                "H1,,,,Không Chủ " + u + ",Nam,01/01/1960,Con,,",                       // 9 no head
                "K1,,,,Hộ Tách " + u + ",Nam,01/01/1960,Chủ hộ,,",                      // 10 K1 …
                "K2,,,,Hộ Giữa " + u + ",Nam,01/01/1961,Chủ hộ,,",                      // 11 good
                "K1,,,,Hộ Tách Hai " + u + ",Nữ,01/01/1962,Con,,",                      // 12 … K1 again: not together
                "V1,,Thôn A,,Khác Thôn " + u + ",Nam,01/01/1960,Chủ hộ,,",              // 13 household refused (line 14)
                "V1,,Thôn B,,Khác Thôn Con " + u + ",Nam,01/01/2000,Con,,",             // 14 household column differs
                "R1,,,,Sai Quan Hệ " + u + ",Nam,01/01/1960,Hàng xóm,,",                // 15 relation
                ",,,,Không Mã " + u + ",Nam,01/01/1960,Chủ hộ,,");                      // 16 key missing
        assertThat(at(body, 3)).containsEntry("column", "Giới tính");
        assertThat(at(body, 4)).containsEntry("column", "Ngày sinh");
        assertThat(at(body, 5)).containsEntry("column", "Ngày sinh").containsEntry("reason", "Ngày sinh không được sau ngày hôm nay.");
        assertThat(at(body, 6)).containsEntry("column", "Số CCCD").containsEntry("reason", "Số CCCD phải gồm đúng 12 chữ số.");
        assertThat(at(body, 7)).containsEntry("column", "Họ và tên");
        assertThat(at(body, 8)).containsEntry("column", "Diện người có công");
        assertThat(at(body, 9)).containsEntry("column", "Quan hệ với chủ hộ").containsEntry("reason", "Hộ không có ai là chủ hộ.");
        assertThat(at(body, 12)).containsEntry("column", "Mã hộ trong phiếu");
        assertThat(at(body, 13).get("reason")).asString().contains("dòng 14");
        assertThat(at(body, 14)).containsEntry("column", "Thôn/tổ dân phố");
        assertThat(at(body, 15)).containsEntry("column", "Quan hệ với chủ hộ");
        assertThat(at(body, 16)).containsEntry("column", "Mã hộ trong phiếu");
        assertThat((Integer) JsonPath.read(body, "$.imported")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.rejectedRows")).isEqualTo(12);
        assertThat(householdsHeadedBy("Tốt Văn Một " + u)).isEqualTo(1);
        assertThat(householdsHeadedBy("Hộ Tách " + u)).isEqualTo(1);
        assertThat(householdsHeadedBy("Sai Giới " + u)).isZero();

        String csv = mvc.perform(get("/api/households/imports/" + JsonPath.read(body, "$.jobId") + "/rejected.csv")
                .with(httpBasic(OFFICER, OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // the header and 13 reasons: line 7 lacks both the member's and so the head's name
        assertThat(csv.lines()).hasSize(14);
        assertThat(csv).contains("3,Giới tính,Giới tính không hợp lệ");
    }

    /**
     * The register's duplicate check sees the households of the file saved before, in the same chunk, though their
     * inserts wait for the chunk's JDBC batch: the second household with the first one's head and village is refused.
     */
    @Test
    void aHouseholdOfTheFileRepeatedUnderAnotherKeyIsRefusedAsAPossibleDuplicateOfTheFirst() throws Exception {
        String u = unique();
        String body = importCsv(OFFICER, "VALID_ROWS", null,
                "P1,,Thôn Lặp " + u + ",,Lặp Lại " + u + ",Nam,02/03/1958,Chủ hộ,,",     // 2 written
                "Q1,,Thôn Lặp " + u + ",,Người Khác " + u + ",Nữ,02/03/1958,Chủ hộ,,",   // 3 written: another head
                "P2,,Thôn Lặp " + u + ",,Lặp Lại " + u + ",Nam,02/03/1958,Chủ hộ,,",     // 4 the head of line 2 again
                "P2,,,,Con Lặp " + u + ",Nữ,05/06/1990,Con,,");                          // 5 refused with its household
        String first = jdbc.queryForObject("select code from household where head_name = ?", String.class, "Lặp Lại " + u);
        assertThat(at(body, 4)).containsEntry("column", "Họ và tên");
        assertThat(at(body, 4).get("reason")).asString().contains(first);
        assertThat(at(body, 5).get("reason")).asString().contains("dòng 4");
        assertThat((Integer) JsonPath.read(body, "$.imported")).isEqualTo(2);
        assertThat(householdsHeadedBy("Lặp Lại " + u)).isEqualTo(1);
        assertThat(householdsHeadedBy("Người Khác " + u)).isEqualTo(1);
    }

    @Test
    void allOrNothingWritesNothingWhenARowIsBad() throws Exception {
        String u = unique();
        String body = importCsv(OFFICER, "ALL_OR_NOTHING", null,
                "G1,,,,Toàn Vẹn " + u + ",Nam,01/01/1960,Chủ hộ,,",
                "B1,,,,Hỏng Một " + u + ",Nam,01/13/1960,Chủ hộ,,");
        assertThat((Integer) JsonPath.read(body, "$.imported")).isZero();
        assertThat((Integer) JsonPath.read(body, "$.rejectedRows")).isEqualTo(1);
        assertThat(at(body, 3)).containsEntry("column", "Ngày sinh");
        assertThat(householdsHeadedBy("Toàn Vẹn " + u)).isZero();

        String good = importCsv(OFFICER, "ALL_OR_NOTHING", null, "G1,,,,Toàn Vẹn " + u + ",Nam,01/01/1960,Chủ hộ,,");
        assertThat((Integer) JsonPath.read(good, "$.imported")).isEqualTo(1);
        assertThat(householdsHeadedBy("Toàn Vẹn " + u)).isEqualTo(1);
    }

    @Test
    void matchesHouseholdsAndPeopleByCccdSkippingUpdatingOrFlaggingAConflict() throws Exception {
        String u = unique();
        String head = TestHouseholds.uniqueCccd();
        String wife = TestHouseholds.uniqueCccd();
        String other = TestHouseholds.uniqueCccd();
        importCsv(OFFICER, "VALID_ROWS", null,
                "A,,Thôn Cũ,,Chủ Cũ " + u + ",Nam,01/01/1960," + "Chủ hộ," + head + ",",
                "A,,,,Vợ Cũ " + u + ",Nữ,01/01/1962,Vợ/chồng," + wife + ",",
                "B,,Thôn Cũ,,Người Khác " + u + ",Nam,01/01/1955,Chủ hộ," + other + ",");

        String again = "A,,Thôn Mới,,Chủ Cũ " + u + ",Nam,01/01/1960,Chủ hộ," + head + ",";
        String skipped = importCsv(OFFICER, "VALID_ROWS", null, again, "A,,,,Cháu Mới " + u + ",Nữ,01/01/2015,Cháu,,");
        assertThat((Integer) JsonPath.read(skipped, "$.households.skipped")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(skipped, "$.imported")).isZero();
        assertThat(jdbc.queryForObject("select village from household where head_name = ?", String.class, "Chủ Cũ " + u))
                .isEqualTo("Thôn Cũ");

        String updated = importCsv(OFFICER, "VALID_ROWS", "UPDATE", again, "A,,,,Cháu Mới " + u + ",Nữ,01/01/2015,Cháu,,");
        assertThat((Integer) JsonPath.read(updated, "$.households.updated")).isEqualTo(1);
        assertThat(householdsHeadedBy("Chủ Cũ " + u)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select village from household where head_name = ?", String.class, "Chủ Cũ " + u))
                .isEqualTo("Thôn Mới");
        // the wife, not in the file, stays; the grandchild is added; nobody is there twice
        assertThat(jdbc.queryForList("select m.full_name from household_member m join household h on h.id = m.household_id"
                + " where h.head_name = ? order by m.full_name", String.class, "Chủ Cũ " + u))
                .containsExactlyInAnyOrder("Chủ Cũ " + u, "Vợ Cũ " + u, "Cháu Mới " + u);
        assertThat(jdbc.queryForObject("select count(*) from household_member where cccd = ?", Integer.class, head)).isEqualTo(1);

        // a member whose CCCD belongs to another household of the register is a conflict of its row
        String conflict = importCsv(OFFICER, "VALID_ROWS", "UPDATE", again,
                "A,,,,Người Khác " + u + ",Nam,01/01/1955,Anh/chị/em," + other + ",");
        assertThat(at(conflict, 3)).containsEntry("column", "Số CCCD");
        assertThat((Integer) JsonPath.read(conflict, "$.imported")).isZero();
        // the same CCCD twice in the file, in two households
        String twice = importCsv(OFFICER, "VALID_ROWS", null,
                "P,,,,Mới Một " + u + ",Nam,01/01/1960,Chủ hộ,091234" + head.substring(6) + ",",
                "Q,,,,Mới Hai " + u + ",Nam,01/01/1961,Chủ hộ,091234" + head.substring(6) + ",");
        assertThat(at(twice, 3)).containsEntry("column", "Số CCCD");
        assertThat(at(twice, 3).get("reason")).asString().contains("dòng 2");
    }

    @Test
    void aCommuneOfficerImportsOnlyIntoTheirCommuneAndAPaymentOfficerNotAtAll() throws Exception {
        String u = unique();
        String body = importCsv("canbo.lehongphong", "VALID_ROWS", null,
                "A," + COMMUNE + ",,,Ngoài Xã " + u + ",Nam,01/01/1960,Chủ hộ,,");
        assertThat(at(body, 2)).containsEntry("column", "Mã xã/phường")
                .containsEntry("reason", "Xã/phường " + COMMUNE + " nằm ngoài địa bàn của bạn.");
        assertThat(householdsHeadedBy("Ngoài Xã " + u)).isZero();
        // the other commune's officer does not see the job
        mvc.perform(get("/api/households/imports/" + JsonPath.read(body, "$.jobId")).with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isNotFound());

        mvc.perform(multipart("/api/households/imports").file(new MockMultipartFile("file", "ho.csv", null,
                        csv("A,,,,X,Nam,01/01/1960,Chủ hộ,,").getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "VALID_ROWS").with(httpBasic("chitra.tpthaibinh", "chitra.tpthaibinh")))
                .andExpect(status().isForbidden());

        String admin = importCsv("admin", "VALID_ROWS", null, "A," + COMMUNE + ",,,Tỉnh Nhập " + u + ",Nam,01/01/1960,Chủ hộ,,",
                "B,,,,Không Xã " + u + ",Nam,01/01/1960,Chủ hộ,,");
        assertThat((Integer) JsonPath.read(admin, "$.imported")).isEqualTo(1);
        assertThat(at(admin, 3)).containsEntry("column", "Mã xã/phường");
    }

    @Test
    void theTemplatesExampleImportsCleanly() throws Exception {
        byte[] csv = mvc.perform(get("/api/households/imports/template.csv").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String body = finished(OFFICER, submit(OFFICER, "mau.csv", csv, "ALL_OR_NOTHING", null));
        assertThat(rejected(body)).isEmpty();
        assertThat((Integer) JsonPath.read(body, "$.imported")).isEqualTo(3);

        String other = "canbo.vuhoi";
        byte[] xlsx = mvc.perform(get("/api/households/imports/template.xlsx").with(httpBasic(other, other)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String fromXlsx = finished(other, submit(other, "mau.xlsx", xlsx, "ALL_OR_NOTHING", null));
        assertThat(rejected(fromXlsx)).isEmpty();
        assertThat((Integer) JsonPath.read(fromXlsx, "$.imported")).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from household where commune_code = '13255' and head_name = ?",
                Integer.class, "Trần Thị Mẫu")).isEqualTo(1);
    }

    @Test
    void badUploadsAre400WithTheirFields() throws Exception {
        byte[] good = csv("A,,,,Ai Đó,Nam,01/01/1960,Chủ hộ,,").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/households/imports").param("mode", "VALID_ROWS").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/households/imports").file(new MockMultipartFile("file", "ho.csv", null, new byte[0]))
                        .param("mode", "VALID_ROWS").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/households/imports").file(new MockMultipartFile("file", "ho.pdf", null, good))
                        .param("mode", "VALID_ROWS").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("Chỉ nhận tệp CSV hoặc XLSX."));
        mvc.perform(multipart("/api/households/imports").file(new MockMultipartFile("file", "ho.xlsx", null, good))
                        .param("mode", "VALID_ROWS").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/households/imports").file(new MockMultipartFile("file", "ho.csv", null, good))
                        .param("mode", "SOME").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mode"));
        mvc.perform(multipart("/api/households/imports").file(new MockMultipartFile("file", "ho.csv", null,
                        "Mã hộ,Họ và tên\nA,Ai\n".getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "VALID_ROWS").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("header"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Dòng tiêu đề thiếu các cột bắt buộc: Giới tính, Ngày sinh, Quan hệ với chủ hộ."));
        mvc.perform(multipart("/api/households/imports").file(new MockMultipartFile("file", "ho.csv", null,
                        (HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "VALID_ROWS").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void theImportPageUploadsAndShowsTheRejectedRows() throws Exception {
        var officer = user(users.loadUserByUsername(OFFICER));
        String page = mvc.perform(get("/households/imports").with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"import-form\"").doesNotContain("onclick").doesNotContain("ALL_OR_NOTHING</");
        String location = mvc.perform(multipart("/households/imports").file(new MockMultipartFile("file", "ho.csv", null,
                                csv("A,,,,Trang Nhập,Nam,99/01/1960,Chủ hộ,,").getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "VALID_ROWS").with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String jobId = location.substring(location.lastIndexOf('/') + 1);
        finished(OFFICER, jobId);
        String result = mvc.perform(get(location).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(result).contains("id=\"rejected\"").contains("Ngày không hợp lệ (dd/MM/yyyy).");
    }
}
