package vn.ansinh.payment.cycle;

import vn.ansinh.payment.entitlement.Entitlement;
import vn.ansinh.payment.entitlement.EntitlementService;
import vn.ansinh.payment.export.PayerCsv;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Exports, the payer's confirmation file, arrears and reconciliation; district 344 (Vũ Thư), its own months. */
class PaymentResultsTests extends IntegrationTest {

    @Autowired
    UserDetailsService users;

    static final String OFFICER = "chitra.vuthu";
    static final String COMMUNE = "13255";

    @Autowired
    EntitlementService entitlementService;
    @Autowired
    CycleService cycles;
    @Autowired
    Lines lines;
    @Autowired
    JdbcTemplate jdbc;

    PaymentTestData data;

    @BeforeEach
    void setUp() {
        data = new PaymentTestData(entitlementService);
    }

    long approvedCycle(String month) throws Exception {
        long id = SignedIn.as(users, OFFICER, () -> cycles.generate("344", YearMonth.parse(month), OFFICER)).cycleId();
        mvc.perform(post("/api/payments/cycles/" + id + "/approve").with(httpBasic(OFFICER, OFFICER))).andExpect(status().isOk());
        return id;
    }

    PaymentLine lineOf(long cycleId, Entitlement e, LineKind kind) {
        return lines.findByCycleIdOrderByCommuneCodeAscBeneficiaryNameAscIdAsc(cycleId).stream()
                .filter(l -> l.getEntitlementId() == e.getId() && l.getKind() == kind).findFirst().orElseThrow();
    }

    @Test
    void exportedCommuneListsOpenAndContainTheExpectedRows() throws Exception {
        Entitlement hoa = data.monthly(COMMUNE, "344", "Nguyễn Thị Hoà", "3.0", YearMonth.of(2024, 1));
        Entitlement duc = data.monthly(COMMUNE, "344", "Trần Văn Đức", "2.5", YearMonth.of(2024, 1));
        long id = approvedCycle("2024-09");

        byte[] xlsx = mvc.perform(get("/api/payments/cycles/" + id + "/communes/" + COMMUNE + ".xlsx").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> rows = new java.util.ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                rows.add(row.getCell(1).getStringCellValue() + "|" + row.getCell(2).getStringCellValue() + "|"
                        + row.getCell(4).getStringCellValue());
            }
            assertThat(rows).contains("Nguyễn Thị Hoà|" + hoa.getCccd() + "|1.500.000 đ",
                    "Trần Văn Đức|" + duc.getCccd() + "|1.250.000 đ");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Ký nhận");
        }
        byte[] pdf = mvc.perform(get("/api/payments/cycles/" + id + "/communes/" + COMMUNE + ".pdf").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        reader.close();
        assertThat(text.toString()).contains("Nguyễn Thị Hoà", hoa.getCccd(), "1.500.000 đ", "Trần Văn Đức", "1.250.000 đ", "Ký nhận");
        mvc.perform(get("/api/payments/cycles/" + id).with(httpBasic(OFFICER, OFFICER))).andExpect(jsonPath("$.status").value("EXPORTED"));
    }

    @Test
    void confirmationFileMarksLinesAndReportsUnknownDuplicateAndMalformedLinesThenFailedLineIsPaidOnceAsArrears() throws Exception {
        Entitlement paid = data.monthly(COMMUNE, "344", "Lương Văn Tâm", "1.5", YearMonth.of(2024, 1));
        Entitlement failed = data.monthly(COMMUNE, "344", "Mai Thị Nga", "2.0", YearMonth.of(2024, 1));
        long march = approvedCycle("2024-03");
        String csv = mvc.perform(get("/api/payments/cycles/" + march + "/payer.csv").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String paidKey = "E" + paid.getId() + "-2024-03";
        String failedKey = "E" + failed.getId() + "-2024-03";
        assertThat(csv).startsWith(PayerCsv.EXPORT_HEADER).contains(paidKey + ",").contains(failedKey + ",");

        String confirmation = """
                idempotency_key,result,note
                %s,PAID,
                %s,FAILED,tài khoản sai
                E999999999-2024-03,PAID,
                %s,PAID,
                không đúng định dạng
                """.formatted(paidKey, failedKey, paidKey);
        mvc.perform(multipart("/api/payments/cycles/" + march + "/confirmation")
                        .file(new MockMultipartFile("file", "xacnhan.csv", "text/csv", confirmation.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paid").value(1)).andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.problems", hasSize(3)))
                .andExpect(jsonPath("$.problems[0].lineNo").value(4)).andExpect(jsonPath("$.problems[0].code").value("unknown"))
                .andExpect(jsonPath("$.problems[1].lineNo").value(5)).andExpect(jsonPath("$.problems[1].code").value("duplicate"))
                .andExpect(jsonPath("$.problems[2].lineNo").value(6)).andExpect(jsonPath("$.problems[2].code").value("malformed"));
        assertThat(lineOf(march, paid, LineKind.MONTHLY).getStatus()).isEqualTo(LineStatus.PAID);
        PaymentLine failedLine = lineOf(march, failed, LineKind.MONTHLY);
        assertThat(failedLine.getStatus()).isEqualTo(LineStatus.FAILED);

        // The same file again records nothing twice.
        mvc.perform(post("/api/payments/cycles/" + march + "/confirmation").with(httpBasic(OFFICER, OFFICER))
                        .contentType("text/csv").content(confirmation))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value(0))
                .andExpect(jsonPath("$.problems[?(@.code == 'alreadyRecorded')]", hasSize(2)));

        long april = SignedIn.as(users, OFFICER, () -> cycles.generate("344", YearMonth.of(2024, 4), OFFICER)).cycleId();
        assertThat(SignedIn.as(users, OFFICER, () -> cycles.generate("344", YearMonth.of(2024, 4), OFFICER)).result().added()).isZero();
        PaymentLine arrears = lineOf(april, failed, LineKind.ARREARS);
        assertThat(arrears.getOriginalLineId()).isEqualTo(failedLine.getId());
        assertThat(arrears.getAmount()).isEqualTo(720_000);
        assertThat(arrears.getIdempotencyKey()).isEqualTo("A" + failedLine.getId());
        assertThat(lineOf(april, failed, LineKind.MONTHLY).getAmount()).isEqualTo(720_000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payment_line WHERE original_line_id = ?", Long.class,
                failedLine.getId())).isEqualTo(1);
        assertThat(SignedIn.as(users, OFFICER, () -> cycles.generate("344", YearMonth.of(2024, 5), OFFICER)).result().arrearsAdded()).isZero();

        mvc.perform(get("/api/payments/reconciliation").param("district", "344").param("month", "2024-03")
                        .with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.plannedCount").value(
                        jdbc.queryForObject("SELECT count(*) FROM payment_line WHERE cycle_id = ?", Long.class, march)))
                .andExpect(jsonPath("$.rows[?(@.communeCode == '13255')].failedAmount").value(720_000));
    }

    @Test
    void closingRequiresAResultOnEveryLine() throws Exception {
        Entitlement e = data.monthly(COMMUNE, "344", "Đinh Văn Khoa", "1.0", YearMonth.of(2020, 1));
        long id = approvedCycle("2020-02");
        mvc.perform(post("/api/payments/cycles/" + id + "/close").with(httpBasic(OFFICER, OFFICER))).andExpect(status().isConflict());
        mvc.perform(get("/api/payments/cycles/" + id + "/payer.csv").with(httpBasic(OFFICER, OFFICER))).andExpect(status().isOk());
        mvc.perform(post("/api/payments/cycles/" + id + "/close").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("chưa có kết quả")));
        for (PaymentLine l : lines.findByCycleIdOrderByCommuneCodeAscBeneficiaryNameAscIdAsc(id)) {
            mvc.perform(post("/api/payments/cycles/" + id + "/lines/" + l.getId() + "/result").with(httpBasic(OFFICER, OFFICER))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"PAID\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/payments/cycles/" + id + "/lines/" + lineOf(id, e, LineKind.MONTHLY).getId() + "/result")
                        .with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"FAILED\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/payments/cycles/" + id + "/lines/" + lineOf(id, e, LineKind.MONTHLY).getId() + "/result")
                        .with(httpBasic(OFFICER, OFFICER)).contentType(MediaType.APPLICATION_JSON).content("{\"result\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("result"));
        String closed = mvc.perform(post("/api/payments/cycles/" + id + "/close").with(httpBasic(OFFICER, OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(closed, "$.status")).isEqualTo("CLOSED");
    }
}
