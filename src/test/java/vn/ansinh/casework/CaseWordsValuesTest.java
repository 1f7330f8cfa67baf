package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The values a criterion compared, as the case page shows them: names in words, numbers with dots, no raw map. */
class CaseWordsValuesTest {

    /** Units named as Geography names them (GeographyTests checks that part) in the reader's language. */
    private final CaseWords words = new CaseWords(bundle(), code -> {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return switch (code) {
            case "344" -> english ? "Vũ Thư District" : "Huyện Vũ Thư";
            case "34" -> english ? "Thái Bình Province" : "Tỉnh Thái Bình";
            default -> code;
        };
    });

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/casework", "i18n/eligibility", "i18n/messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** The notes the workflow writes (who a task waits for, the approval chain, the rule set) as a person reads them. */
    @Test
    void notesNameTheApproversAreaTheChainAndTheRuleSetInWords() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(words.group("approver:district:344")).isEqualTo("Người phê duyệt của Huyện Vũ Thư");
        assertThat(words.comment("approver:district:344 → 2026-11-20")).isEqualTo("Người phê duyệt của Huyện Vũ Thư → 20/11/2026");
        assertThat(words.comment("COMMUNE>DISTRICT")).doesNotContain(">").contains(" → ");
        String hash = "sha256:" + "e3ba53ec".repeat(8);
        assertThat(words.comment("NEAR_POOR · " + hash + " (2026.12)")).isEqualTo("Hộ cận nghèo · bộ quy tắc 2026.12");
        assertThat(words.comment(hash)).isEqualTo("sha256:e3ba53ece3ba…");
        assertThat(words.note("POSTING_STARTED", "3 → 2026-11-13")).isEqualTo("niêm yết 3 ngày làm việc, đến hết ngày 13/11/2026");
        assertThat(words.note("OPENED", "3 → 2026-11-13")).isEqualTo("3 → 13/11/2026");
        assertThat(words.note("AWAITING_DISTRICT", "approver:district:344 → 2026-11-20"))
                .isEqualTo("Người phê duyệt của Huyện Vũ Thư, hạn xử lý đến hết ngày 20/11/2026");
        assertThat(words.comment("SA5a+ 2.0, SA6-S-CE 1.5")).doesNotContain("SA")
                .contains("Người cao tuổi thuộc hộ nghèo không có người phụng dưỡng, từ đủ 80", "Khuyết tật nặng là trẻ em");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.group("approver:district:344")).isEqualTo("Approvers of Vũ Thư District");
        assertThat(words.note("AWAITING_PROVINCE", "approver:province:34 → 2026-11-20"))
                .isEqualTo("Approvers of Thái Bình Province, due by the end of 20/11/2026");
    }

    @Test
    void comparedValuesReadAsWordsInBothLanguages() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("income", 1_700_000);
        values.put("threshold", 2_000_000L);
        values.put("hivPositive", true);
        values.put("asOf", "2024-03-06");
        values.put("coefficient", new BigDecimal("1.50"));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(words.values(values)).isEqualTo(
                "thu nhập bình quân 1.700.000 · ngưỡng 2.000.000 · nhiễm HIV có · ngày xét 06/03/2024 · coefficient 1,5");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.values(Map.of("age", 82))).isEqualTo("age 82");
        assertThat(words.values(Map.of("onPoorList", false))).isEqualTo("on the poor list no");
        assertThat(words.values(Map.of())).isEmpty();
        assertThat(words.values(Map.of("limit", 80))).doesNotContain("{", "=");
    }

    @Test
    void anAllowanceCategoryReadsAsItsGroupOfTheLaw() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(words.code("SA5c")).isEqualTo("Người từ đủ 80 tuổi không có lương hưu, trợ cấp BHXH, trợ cấp xã hội");
        assertThat(words.code("SA5a+")).contains("không có người phụng dưỡng, từ đủ 80");
        assertThat(words.code("SA6-S-CE")).isEqualTo("Khuyết tật nặng là trẻ em hoặc người cao tuổi");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.code("SA1a")).isEqualTo("Child under 4 without a source of support");
    }

    /** Every coefficient the rules define has its category's words, equal to the description the rules give it. */
    @Test
    void everyCategoryOfTheRulesHasTheWordsOfItsDescription() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("rules/parameters/social_allowance/coefficients.yaml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\"sa\\.coefficient\\.([^\"]+)\":\\n  description: \"([^\"]*)\"")
                .matcher(yaml);
        int n = 0;
        while (m.find()) {
            String[] parts = m.group(2).split(" / ");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
            assertThat(words.code(m.group(1))).as(m.group(1)).isEqualToIgnoringCase(parts[0].strip());
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(words.code(m.group(1))).as(m.group(1)).isEqualToIgnoringCase(parts[1].strip());
            n++;
        }
        assertThat(n).isGreaterThan(15);
    }
}
