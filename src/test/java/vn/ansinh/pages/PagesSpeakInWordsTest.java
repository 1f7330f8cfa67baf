package vn.ansinh.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ansinh.support.IntegrationTest;

/**
 * The main pages, as each demo login sees them on the demo data, speak in words: no missing message key ({@code ??…??}),
 * no enum name ({@code SOCIAL_ALLOWANCE}, {@code OPENED}), no ISO date ({@code 2025-07-01}) in the text a person
 * reads. Each login starts from its pages and follows the first links to households, cases and cycles it finds.
 */
public class PagesSpeakInWordsTest extends IntegrationTest {

    /** Where each login starts. */
    private static final Map<String, List<String>> START = new LinkedHashMap<>();

    static {
        START.put("canbo.vuphuc", List.of("/", "/households", "/households/new", "/inbox", "/cases/dashboard",
                "/households/imports"));
        START.put("duyet.tpthaibinh", List.of("/", "/inbox", "/cases/dashboard", "/households"));
        START.put("chitra.tpthaibinh", List.of("/", "/payments", "/payments/entitlements", "/payments/reconciliation"));
        START.put("policy", List.of("/", "/policy", "/plan"));
        START.put("admin", List.of("/", "/audit", "/admin/logins", "/plan", "/plan/crosstab", "/plan/reported"));
    }

    /** Links followed from the start pages: the first two of each kind. */
    private static final List<Pattern> FOLLOW = List.of(
            Pattern.compile("/households/\\d+"), Pattern.compile("/households/\\d+/eligibility"),
            Pattern.compile("/cases/\\d+"), Pattern.compile("/payments/cycles/\\d+"),
            Pattern.compile("/policy/versions/\\d+"));

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#?]+)[\"#?]");
    public static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]*\\?\\?");
    public static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** A month as the API writes it ({@code 2026-11}): pages write {@code 11/2026}. */
    public static final Pattern ISO_MONTH = Pattern.compile("(?<![\\d-])\\d{4}-(?:0[1-9]|1[0-2])(?![\\d-])");
    /** A year formatted as a number with a thousands separator ({@code năm 2.026}, {@code year 2,026}). */
    public static final Pattern GROUPED_YEAR = Pattern.compile("(?iu)(?<!\\p{L})(năm|year|tháng \\d{1,2}/)\\s?(?:1[.,]9|2[.,]0)\\d{2}(?![\\d.,]\\d)");
    /** A Flowable candidate group ({@code approver:district:344}) where a person reads who a task waits for. */
    public static final Pattern CANDIDATE_GROUP = Pattern.compile("\\b(?:officer|approver|payment|policy):(?:commune|district|province):\\d+\\b");
    /** A category of monthly social allowance by its code ({@code SA5c}, {@code SA6-S-CE}) instead of its words. */
    public static final Pattern CATEGORY_CODE = Pattern.compile("\\bSA\\d[a-d]?\\+?(?:-[A-Z]+)*(?![\\w-])");
    /** A unit's kind written twice ({@code huyện Huyện Vũ Thư}): the unit's name already carries it. */
    public static final Pattern DOUBLED_UNIT = Pattern.compile("(?iu)(?<![\\p{L}/])(xã|huyện|tỉnh|phường|thị trấn|thành phố) \\1(?!\\p{L})");
    /** An enum constant with an underscore, or one of the one-word statuses and outcomes people must not read. */
    public static final Pattern ENUM_NAME = Pattern.compile("(?<![-\\w]|\\w\\.)(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|OPENED|ASSESSED"
            + "|POSTED|APPROVED|REJECTED|RETURNED|CLOSED|ELIGIBLE|INELIGIBLE|DRAFT|SUPERSEDED|ACTIVE|STOPPED|PAID|FAILED"
            + "|PENDING|GENERATED|EXPORTED|POOR|NONE|URBAN|RURAL|MALE|FEMALE|HEAD|SPOUSE|CHILD|SEVERE|MILD)(?![-\\w]|\\.\\w)");

    @Autowired
    UserDetailsService users;

    @Test
    void theMainPagesOfEveryRoleShowNoKeyNoCodeAndNoIsoDate() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, List<String>> login : START.entrySet()) {
            Set<String> toVisit = new LinkedHashSet<>(login.getValue());
            Set<String> visited = new LinkedHashSet<>();
            Map<Pattern, Integer> followed = new LinkedHashMap<>();
            while (!toVisit.isEmpty()) {
                String path = toVisit.iterator().next();
                toVisit.remove(path);
                visited.add(path);
                MockHttpServletResponse response = mvc.perform(get(path)
                        .with(user(users.loadUserByUsername(login.getKey())))).andReturn().getResponse();
                if (response.getStatus() != 200 || response.getContentType() == null
                        || !response.getContentType().startsWith("text/html")) {
                    if (response.getStatus() >= 500) {
                        problems.add(login.getKey() + " " + path + ": status " + response.getStatus());
                    }
                    continue;
                }
                pages++;
                String html = response.getContentAsString(StandardCharsets.UTF_8);
                String text = visibleText(html);
                find(MISSING_KEY, text, "missing message key", login.getKey(), path, problems);
                find(DOUBLED_UNIT, text, "unit written twice", login.getKey(), path, problems);
                find(GROUPED_YEAR, text, "year written as a grouped number", login.getKey(), path, problems);
                if (!path.startsWith("/audit")) { // the audit trail shows what was recorded, as recorded
                    find(CANDIDATE_GROUP, text, "candidate group code", login.getKey(), path, problems);
                }
                if (!path.startsWith("/policy/") && !path.equals("/audit")) {
                    // a rule-set version shows its files' own words to the staff who write them: rule and parameter
                    // ids, scenario names with their dates; the audit viewer still shows each entry's stored detail
                    // as recorded (not yet in words); every other page speaks for itself
                    find(ISO_DATE, text, "ISO date", login.getKey(), path, problems);
                    find(ISO_MONTH, text, "month written yyyy-MM", login.getKey(), path, problems);
                    find(ENUM_NAME, text, "code instead of words", login.getKey(), path, problems);
                    find(CATEGORY_CODE, text, "allowance category code", login.getKey(), path, problems);
                }
                Matcher links = HREF.matcher(html);
                while (links.find()) {
                    String link = links.group(1);
                    for (Pattern kind : FOLLOW) {
                        if (kind.matcher(link).matches() && !visited.contains(link) && !toVisit.contains(link)
                                && followed.getOrDefault(kind, 0) < 2) {
                            followed.merge(kind, 1, Integer::sum);
                            toVisit.add(link);
                        }
                    }
                }
            }
        }
        assertThat(pages).as("pages read").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    private static void find(Pattern pattern, String text, String what, String login, String path, List<String> problems) {
        Matcher m = pattern.matcher(text);
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            found.add(m.group() + " in «" + text.substring(from, Math.min(text.length(), m.end() + 40)).strip() + "»");
        }
        found.stream().limit(3).forEach(f -> problems.add(login + " " + path + ": " + what + ": " + f));
    }

    /** What a person reads: the text outside tags, scripts and the rule files shown for editing. */
    public static String visibleText(String html) {
        return html.replaceAll("(?s)<(script|style|textarea|pre|code)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replaceAll("\\s+", " ");
    }
}
