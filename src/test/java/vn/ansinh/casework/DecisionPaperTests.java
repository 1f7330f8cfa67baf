package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.common.Formats;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.support.TestHouseholds;

/** The decision on paper, read back from the PDF: layout, legal bases from the citations, amount, dates, reference. */
class DecisionPaperTests extends CaseProcessTest {

    static RequestPostProcessor signedIn(CaseActor actor, Role role) {
        Jurisdiction where = new Jurisdiction(Jurisdiction.Level.valueOf(actor.level().name()), actor.code());
        return user(new AppUserPrincipal(actor.username(), "", actor.username(), role, where, true));
    }

    @Test
    void theApprovedDecisionPrintsOnA4WithItsBasesAmountDatesAndReference() throws Exception {
        long id = approvedAllowanceCase();
        Case approved = reload(id);
        byte[] pdf = mvc.perform(get("/api/cases/" + id + "/decision.pdf").with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH",
                "Số: " + id + "/QĐ-UBND", "ỦY BAN NHÂN DÂN THÀNH PHỐ THÁI BÌNH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Trần Văn Cụ", "THÔNG BÁO CHO HỘ");
        // the legal bases are the citations of the reasons the decision rests on
        List<CaseDecision.Reason> reasons = json.readValue(approved.decision().reasonsJson(),
                new TypeReference<List<CaseDecision.Reason>>() { });
        List<String> citations = reasons.stream().filter(CaseDecision.Reason::passed).map(CaseDecision.Reason::citation)
                .filter(c -> c != null && !c.isBlank()).distinct().toList();
        assertThat(citations).isNotEmpty();
        for (String citation : citations) {
            assertThat(text).contains("Căn cứ " + citation.replaceAll("\\s+", " ") + ";");
        }
        String amount = Formats.vnd(approved.decision().monthlyAmount());
        assertThat(amount).matches("\\d{1,3}(\\.\\d{3})+ đ");
        LocalDate decidedOn = approved.decidedOn();
        assertThat(decidedOn).isBetween(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 31));
        assertThat(text).contains("Mức hưởng: " + amount + "/tháng", "từ tháng 03/2024",
                "ngày " + String.format("%02d", decidedOn.getDayOfMonth()) + " tháng 03 năm 2024",
                "ngày ký (" + Formats.date(decidedOn) + ")", "ngày 06/03/2024");
        // the code the case was given when it was opened, the same on the page, the paper and the API
        String reference = approved.reference();
        assertThat(reference).matches("AS-2024-\\d{6}-\\d")
                .isEqualTo(CaseReference.of(id, approved.openedAt().atZone(CaseClock.ZONE).toLocalDate()));
        assertThat(text).contains("Mã tra cứu hồ sơ: " + reference, "nêu mã tra cứu " + reference);
        // citizens see the reference code, not the rule set's content hash
        String hash = jdbc.queryForObject("select rule_set_version from eligibility_decision where id = ?", String.class,
                approved.eligibilityDecisionId());
        assertThat(text).doesNotContain(hash);

        String page = mvc.perform(get("/cases/" + id).with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"decision-pdf-link\"", "/cases/" + id + "/decision.pdf", reference,
                "<title>Hồ sơ " + reference + "</title>").doesNotContain("Hồ sơ số " + id);
        mvc.perform(get("/api/cases/" + id).with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reference").value(reference))
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/cases/" + id + "/decision.pdf").with(signedIn(APPROVER, Role.DISTRICT_APPROVER)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void theMigrationGivesAnExistingDecidedCaseTheCodeItsDecisionWasPrintedWith() throws Exception {
        long id = approvedAllowanceCase();
        Case approved = reload(id);
        String migration = new String(getClass().getResourceAsStream("/db/migration/V122__casework_case_reference.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String backfill = migration.substring(migration.indexOf("update casework_case"), migration.indexOf(";",
                migration.indexOf("update casework_case")));
        jdbc.update("update casework_case set reference = null where id = ?", id);
        jdbc.update(backfill + " and c.id = " + id);
        assertThat(jdbc.queryForObject("select reference from casework_case where id = ?", String.class, id))
                .isEqualTo(CaseReference.of(id, approved.decidedOn()));
    }

    @Test
    void theNoticeToTheHouseholdGivesTheReferenceCodeAndTheDecisionInWordsNeverAHashOrACode() throws Exception {
        long id = approvedAllowanceCase();
        Case approved = reload(id);
        String html = mvc.perform(get("/cases/" + id + "/notice").with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String text = vn.ansinh.pages.PagesSpeakInWordsTest.visibleText(html.substring(html.indexOf("id=\"notice\"")));
        assertThat(text).contains(approved.reference(), "Người từ đủ 80 tuổi không có lương hưu");
        assertThat(text).doesNotContain("sha256", approved.decision().category(), "hồ sơ số " + id);
    }

    @Test
    void onlyAnApprovedCaseWithinTheCallersAreaPrints() throws Exception {
        long pending = caseAtApproval();
        mvc.perform(get("/api/cases/" + pending + "/decision.pdf").with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isConflict());
        workflow.approve(pending, null, APPROVER, null);
        mvc.perform(get("/api/cases/" + pending + "/decision.pdf").with(signedIn(OTHER_OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + pending + "/decision.pdf").with(signedIn(OTHER_DISTRICT, Role.DISTRICT_APPROVER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + pending + "/decision.pdf").with(signedIn(OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isOk());
    }
}
