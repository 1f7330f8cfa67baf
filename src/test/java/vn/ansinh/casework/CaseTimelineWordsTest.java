package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.pages.PagesSpeakInWordsTest;

/**
 * A case's timeline in words: opened, assessed, meeting, posting started and over, waiting for the district — each
 * action by its message, the program and kind of the opening and the posting's last day as a person reads them.
 */
class CaseTimelineWordsTest extends CaseProcessTest {

    @Test
    void theTimelineOfACaseAtApprovalShowsNoCodeNoIsoDateAndNoMissingKey() throws Exception {
        long id = caseAtApproval();
        Jurisdiction commune = Jurisdiction.commune(COMMUNE);
        String html = mvc.perform(get("/cases/" + id)
                        .with(user(new AppUserPrincipal(OFFICER.username(), "", OFFICER.username(), Role.COMMUNE_OFFICER,
                                commune, true))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int from = html.indexOf("id=\"timeline\"");
        assertThat(from).isPositive();
        String timeline = PagesSpeakInWordsTest.visibleText(html.substring(from, html.indexOf("</section>", from)));
        assertThat(timeline).contains("Mở hồ sơ", "Công nhận hộ nghèo", "Bắt đầu niêm yết", "Hết thời gian niêm yết",
                "Chờ huyện phê duyệt");
        assertThat(PagesSpeakInWordsTest.ENUM_NAME.matcher(timeline).find()).as(timeline).isFalse();
        assertThat(PagesSpeakInWordsTest.ISO_DATE.matcher(timeline).find()).as(timeline).isFalse();
        // who the task waits for by area, the rule set by its label: no candidate group, no content hash
        // the system's own steps by that word, not the account name "system"
        assertThat(timeline).contains("Hệ thống").doesNotContainPattern("\\bsystem\\b");
        assertThat(timeline).contains("Người phê duyệt của ", "bộ quy tắc ").doesNotContain(" > ")
                .doesNotContainPattern(PagesSpeakInWordsTest.CANDIDATE_GROUP).doesNotContainPattern("sha256:[0-9a-f]{64}");
        assertThat(PagesSpeakInWordsTest.visibleText(html)).doesNotContainPattern(PagesSpeakInWordsTest.CANDIDATE_GROUP);
        assertThat(PagesSpeakInWordsTest.MISSING_KEY.matcher(PagesSpeakInWordsTest.visibleText(html)).find()).isFalse();
        // the values each criterion compared, in words: no raw map such as {income=1000000, threshold=1500000}
        int reasons = html.indexOf("id=\"reasons\"");
        assertThat(reasons).isPositive();
        String compared = PagesSpeakInWordsTest.visibleText(html.substring(reasons, html.indexOf("</table>", reasons)));
        assertThat(compared).contains("thu nhập bình quân 1.000.000").doesNotContainPattern("\\{\\w+=");
    }
}
