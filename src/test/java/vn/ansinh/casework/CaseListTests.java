package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import vn.ansinh.common.Formats;
import vn.ansinh.support.TestHouseholds;

/**
 * The case list and search (issue 10) on PostgreSQL: each filter narrows to exactly its cases, the cursor walks every
 * case once and in order, each user sees their own area only (another commune's list is refused and audited, roles
 * without case work are refused), and the page speaks in words — household by name and code, dates dd/MM/yyyy.
 * The households of this class live in villages no other test uses, so their cases can be counted exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListTests extends CaseProcessTest {

    private static final String TAG = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String VILLAGE = "Thôn Danh Sách " + TAG;
    private static final String OTHER_VILLAGE = "Thôn Lọc " + TAG;

    @Autowired UserDetailsService users;

    private long vuPhucA;
    private long vuPhucB;
    private long vuPhucOther;
    private long leHongPhong;
    private long vuHoi;
    /** Every case this class made in VILLAGE of Vũ Phúc, newest first, with its facts. */
    private final List<Map<String, Object>> vuPhucCases = new ArrayList<>();
    private int memberSerial;

    @BeforeAll
    void householdsAndCases() throws Exception {
        vuPhucA = register("canbo.vuphuc", "12466", VILLAGE, "Đặng Văn Danh");
        vuPhucB = register("canbo.vuphuc", "12466", VILLAGE, "Lò Thị Sách");
        vuPhucOther = register("canbo.vuphuc", "12466", OTHER_VILLAGE, "Mạc Văn Lọc");
        leHongPhong = register("canbo.lehongphong", "12433", VILLAGE, "Kiều Văn Láng");
        vuHoi = register("canbo.vuhoi", "13255", VILLAGE, "Hà Thị Giềng");
        Instant base = Instant.parse("2026-03-02T02:15:30.123456Z");
        CaseStatus[] statuses = {CaseStatus.ASSESSMENT, CaseStatus.VILLAGE_MEETING, CaseStatus.POSTING,
                CaseStatus.APPROVAL, CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.NOT_ELIGIBLE};
        Program[] programs = {Program.POVERTY_RECOGNITION, Program.SOCIAL_ALLOWANCE, Program.SOCIAL_PENSION};
        for (int i = 0; i < 23; i++) {
            // pairs of cases opened in the same microsecond: the id breaks the tie, so none is skipped or repeated
            Instant opened = base.minusSeconds(3600L * (i / 2));
            CaseStatus status = statuses[i % statuses.length];
            boolean overdue = status == CaseStatus.APPROVAL && i % 2 == 1;
            insert(i % 2 == 0 ? vuPhucA : vuPhucB, "12466", "336", programs[i % programs.length], status, opened, overdue);
        }
        insert(vuPhucOther, "12466", "336", Program.CARE_SUPPORT, CaseStatus.ASSESSMENT, base, false);
        insert(leHongPhong, "12433", "336", Program.POVERTY_RECOGNITION, CaseStatus.APPROVAL, base, true);
        insert(vuHoi, "13255", "344", Program.POVERTY_RECOGNITION, CaseStatus.APPROVAL, base, true);
        vuPhucCases.addAll(jdbc.queryForList("select id, status, program, overdue from casework_case"
                + " where household_id in (?, ?) order by opened_at desc, id desc", vuPhucA, vuPhucB));
    }

    private long register(String officer, String commune, String village, String head) throws Exception {
        String body = TestHouseholds.json(head, commune, head).replace("Thôn Đông", village);
        String answer = mvc.perform(post("/api/households").with(httpBasic(officer, officer))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private void insert(long household, String commune, String district, Program program, CaseStatus status,
                        Instant opened, boolean overdue) {
        jdbc.update("""
                insert into casework_case(household_id, member_id, program, kind, commune_code, district_code, status,
                    opened_by, opened_at, approval_due_on, overdue, decided_on)
                values (?, ?, ?, 'AD_HOC', ?, ?, ?, 'canbo.vuphuc', ?, ?, ?, ?)""",
                household, (long) (900_000_000 + ++memberSerial), program.name(), commune, district, status.name(),
                Timestamp.from(opened), status == CaseStatus.APPROVAL ? LocalDate.of(2026, 3, 20) : null, overdue,
                status == CaseStatus.APPROVED || status == CaseStatus.REJECTED ? LocalDate.of(2026, 3, 25) : null);
    }

    private String api(String user, String query) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create("/api/cases?" + query)).with(httpBasic(user, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(query + " by " + user + ": "
                + result.getResponse().getContentAsString()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private List<Long> ids(String user, String query) throws Exception {
        List<Number> ids = JsonPath.read(api(user, query + "&size=200"), "$.content[*].caseId");
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Long> expected(java.util.function.Predicate<Map<String, Object>> which) {
        return vuPhucCases.stream().filter(which).map(c -> ((Number) c.get("id")).longValue()).toList();
    }

    private static String v(String village) {
        return org.springframework.web.util.UriUtils.encodeQueryParam(village, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void eachFilterNarrowsToExactlyItsCases() throws Exception {
        String village = "village=" + v(VILLAGE);
        assertThat(ids("canbo.vuphuc", village)).as("the village, newest first").isEqualTo(expected(c -> true));
        assertThat(ids("canbo.vuphuc", village + "&status=APPROVAL"))
                .isEqualTo(expected(c -> "APPROVAL".equals(c.get("status")))).isNotEmpty();
        assertThat(ids("canbo.vuphuc", village + "&step=villageMeeting"))
                .isEqualTo(expected(c -> "VILLAGE_MEETING".equals(c.get("status")))).isNotEmpty();
        assertThat(ids("canbo.vuphuc", village + "&step=publicPosting"))
                .isEqualTo(expected(c -> "POSTING".equals(c.get("status")))).isNotEmpty();
        assertThat(ids("canbo.vuphuc", village + "&program=SOCIAL_PENSION"))
                .isEqualTo(expected(c -> "SOCIAL_PENSION".equals(c.get("program")))).isNotEmpty();
        assertThat(ids("canbo.vuphuc", village + "&overdue=true"))
                .isEqualTo(expected(c -> Boolean.TRUE.equals(c.get("overdue")))).isNotEmpty();
        assertThat(ids("canbo.vuphuc", village + "&status=APPROVAL&program=POVERTY_RECOGNITION"))
                .isEqualTo(expected(c -> "APPROVAL".equals(c.get("status"))
                        && "POVERTY_RECOGNITION".equals(c.get("program"))));
        // the village's name in another case, spaces around it: the same village
        assertThat(ids("canbo.vuphuc", "village=" + v("  " + VILLAGE.toUpperCase() + " "))).hasSize(vuPhucCases.size());
        List<Long> other = ids("canbo.vuphuc", "village=" + v(OTHER_VILLAGE));
        assertThat(other).hasSize(1);
        assertThat(jdbc.queryForObject("select household_id from casework_case where id = ?", Long.class, other.get(0)))
                .isEqualTo(vuPhucOther);
        assertThat(ids("canbo.vuphuc", "village=" + v("Thôn Không Có " + TAG))).isEmpty();
    }

    @Test
    void theCursorWalksEveryCaseOnceInOrder() throws Exception {
        List<Long> walked = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            String body = api("canbo.vuphuc", "village=" + v(VILLAGE) + "&size=4" + (after == null ? "" : "&after=" + after));
            List<Number> page = JsonPath.read(body, "$.content[*].caseId");
            assertThat(page.size()).isLessThanOrEqualTo(4);
            page.forEach(n -> walked.add(n.longValue()));
            boolean more = JsonPath.read(body, "$.more");
            after = more ? JsonPath.read(body, "$.after") : null;
            pages++;
        } while (after != null && pages < 20);
        assertThat(pages).isEqualTo((vuPhucCases.size() + 3) / 4);
        assertThat(new LinkedHashSet<>(walked)).as("no case twice").hasSize(walked.size());
        assertThat(walked).as("none left out, newest first").isEqualTo(expected(c -> true));
    }

    @Test
    void eachUserSeesTheirOwnArea() throws Exception {
        String village = "village=" + v(VILLAGE);
        Set<Long> officer = Set.copyOf(ids("canbo.vuphuc", village));
        Set<Long> neighbour = Set.copyOf(ids("canbo.lehongphong", village));
        Set<Long> district = Set.copyOf(ids("duyet.tpthaibinh", village));
        Set<Long> otherDistrict = Set.copyOf(ids("duyet.vuthu", village));
        Set<Long> province = Set.copyOf(ids("duyet.tinh", village));
        Set<Long> admin = Set.copyOf(ids("admin", village));
        assertThat(households(officer)).containsOnly(vuPhucA, vuPhucB);
        assertThat(households(neighbour)).containsOnly(leHongPhong);
        assertThat(households(district)).containsOnly(vuPhucA, vuPhucB, leHongPhong);
        assertThat(households(otherDistrict)).containsOnly(vuHoi);
        assertThat(households(province)).containsOnly(vuPhucA, vuPhucB, leHongPhong, vuHoi);
        assertThat(admin).isEqualTo(province);
        // the district narrows to one of its communes
        assertThat(households(Set.copyOf(ids("duyet.tpthaibinh", village + "&commune=12433")))).containsOnly(leHongPhong);
        // without a village filter the commune's whole list still holds only its own cases
        List<String> communes = JsonPath.read(api("canbo.vuphuc", "size=200"), "$.content[*].communeCode");
        assertThat(communes).isNotEmpty().containsOnly("12466");
    }

    private Set<Long> households(Set<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select household_id from casework_case where id = any(?)", Long.class,
                (Object) caseIds.toArray(Long[]::new)));
    }

    @Test
    void anotherCommunesListIsRefusedAndAudited() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'CASE_ACCESS_REFUSED'"
                + " and username = 'canbo.vuphuc' and subject_id = '12433'", Long.class);
        assertThat(mvc.perform(get("/api/cases?commune=12433").with(httpBasic("canbo.vuphuc", "canbo.vuphuc")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/cases?commune=12433").with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/cases?commune=13255").with(httpBasic("duyet.tpthaibinh", "duyet.tpthaibinh")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CASE_ACCESS_REFUSED'"
                + " and username = 'canbo.vuphuc' and subject_id = '12433'", Long.class)).isEqualTo(before + 2);
    }

    @Test
    void rolesWithoutCaseWorkAreRefusedAndAudited() throws Exception {
        for (String user : List.of("chitra.tpthaibinh", "policy")) {
            long before = refusals(user);
            assertThat(mvc.perform(get("/api/cases").with(httpBasic(user, user))).andReturn().getResponse().getStatus())
                    .as(user).isEqualTo(403);
            assertThat(mvc.perform(get("/cases").with(user(users.loadUserByUsername(user))))
                    .andReturn().getResponse().getStatus()).as(user).isEqualTo(403);
            assertThat(refusals(user)).isEqualTo(before + 2);
            String home = mvc.perform(get("/households").with(user(users.loadUserByUsername(user))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(home).as("no menu link for " + user).doesNotContain("id=\"nav-cases\"");
        }
        assertThat(mvc.perform(get("/api/cases")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private long refusals(String user) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'ACT_REFUSED' and username = ?",
                Long.class, user);
    }

    @Test
    void badFiltersAreABadRequestNamingEachField() throws Exception {
        MvcResult result = mvc.perform(get("/api/cases?status=MAYBE&step=lunch&program=X&overdue=often&after=abc&size=0")
                .with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        List<String> fields = JsonPath.read(result.getResponse().getContentAsString(), "$.errors[*].field");
        assertThat(fields).containsExactlyInAnyOrder("status", "step", "program", "overdue", "after", "size");
        List<String> messages = JsonPath.read(result.getResponse().getContentAsString(), "$.errors[*].message");
        assertThat(messages).contains("Số hồ sơ mỗi trang phải từ 1 đến 200.");
        assertThat(mvc.perform(get("/api/cases?size=201&commune=abc").with(httpBasic("canbo.vuphuc", "canbo.vuphuc")))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/cases?status=MAYBE").with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void aPerMemberCaseNamesItsMember() throws Exception {
        String answer = mvc.perform(post("/api/households").with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Ông Văn Thừa", "12466", "Ông Văn Thừa")
                        .replace("Thôn Đông", "Thôn Thành Viên"))).andReturn().getResponse().getContentAsString();
        long household = ((Number) JsonPath.read(answer, "$.id")).longValue();
        long member = ((Number) JsonPath.read(answer, "$.members[0].id")).longValue();
        long caseId = jdbc.queryForObject("""
                insert into casework_case(household_id, member_id, program, kind, commune_code, district_code, status,
                    opened_by, opened_at) values (?, ?, 'SOCIAL_ALLOWANCE', 'AD_HOC', '12466', '336', 'ASSESSMENT',
                    'canbo.vuphuc', now()) returning id""", Long.class, household, member);
        String json = api("canbo.vuphuc", "village=" + v("Thôn Thành Viên"));
        assertThat(JsonPath.<List<String>>read(json, "$.content[?(@.caseId == " + caseId + ")].memberName"))
                .containsExactly("Ông Văn Thừa");
        assertThat(page("canbo.vuphuc", "/cases?village=" + v("Thôn Thành Viên"))).contains("id=\"case-member-" + caseId + "\"",
                "Thành viên", "Ông Văn Thừa");
        // another commune's officer does not get the name through the list (the case is not theirs to list)
        assertThat(api("canbo.lehongphong", "village=" + v("Thôn Thành Viên"))).doesNotContain("Ông Văn Thừa");
    }

    @Test
    void thePageSpeaksInWordsWithAHeadingOfTheLevel() throws Exception {
        String officer = page("canbo.vuphuc", "/cases?village=" + v(VILLAGE) + "&size=200");
        assertThat(officer).contains("Hồ sơ của xã Vũ Phúc", "Đặng Văn Danh", "Lò Thị Sách",
                "Chờ phê duyệt", "Công nhận hộ nghèo, hộ cận nghèo", "Họp dân", "Quá hạn",
                Formats.date(LocalDate.of(2026, 3, 2)), "20/03/2026", "id=\"nav-cases\"");
        String code = jdbc.queryForObject("select code from household where id = ?", String.class, vuPhucA);
        assertThat(officer).contains(code);
        assertThat(officer).doesNotContain(">APPROVAL<", ">VILLAGE_MEETING<", ">POVERTY_RECOGNITION<", "2026-03-02",
                "??", "Hộ: " + vuPhucA);
        assertThat(page("duyet.tpthaibinh", "/cases?village=" + v(VILLAGE))).contains("Hồ sơ của thành phố Thái Bình",
                "Kiều Văn Láng").doesNotContain("Hà Thị Giềng");
        assertThat(page("duyet.tinh", "/cases?village=" + v(VILLAGE))).contains("Hồ sơ toàn tỉnh", "Hà Thị Giềng");
        assertThat(page("admin", "/cases?village=" + v(VILLAGE))).contains("Hồ sơ toàn tỉnh");
        assertThat(mvc.perform(get(java.net.URI.create("/cases?lang=en&village=" + v(VILLAGE))).with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andReturn().getResponse().getContentAsString()).contains("Cases of Vũ Phúc Commune", "Awaiting approval");
    }

    @Test
    void thePageOffersMoreRatherThanATotal() throws Exception {
        String first = page("canbo.vuphuc", "/cases?village=" + v(VILLAGE) + "&size=5");
        assertThat(first).contains("id=\"cases-more\"").doesNotContain("id=\"cases-first\"");
        String link = first.replaceAll("(?s).*id=\"cases-more\"\\s+href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String second = page("canbo.vuphuc", link);
        assertThat(second).contains("id=\"cases-first\"");
        Set<String> one = rows(first);
        Set<String> two = rows(second);
        assertThat(one).hasSize(5);
        assertThat(two).hasSize(5).doesNotContainAnyElementsOf(one);
    }

    private static Set<String> rows(String html) {
        return java.util.regex.Pattern.compile("id=\"case-(\\d+)\"").matcher(html).results().map(m -> m.group(1))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void theStepIsTheStepTheProcessWaitsIn() throws Exception {
        long id = open(Program.POVERTY_RECOGNITION);
        String household = jdbc.queryForObject("select h.code from household h join casework_case c on c.household_id = h.id"
                + " where c.id = ?", String.class, id);
        assertThat(openSteps(id)).containsExactly("assessment");
        assertThat(stepOf(id)).isEqualTo("assessment");
        assess(id, 1_000_000, List.of("E1", "E2", "E3"));
        assertThat(openSteps(id)).containsExactly("villageMeeting");
        assertThat(stepOf(id)).isEqualTo("villageMeeting");
        assertThat(household).isNotBlank();
    }

    private String stepOf(long caseId) throws Exception {
        String village = jdbc.queryForObject("select h.village from household h join casework_case c"
                + " on c.household_id = h.id where c.id = ?", String.class, caseId);
        String body = api("canbo.vuphuc", "size=200&village=" + v(village) + "&status=" + reload(caseId).status());
        List<String> steps = JsonPath.read(body, "$.content[?(@.caseId == " + caseId + ")].step");
        return steps.isEmpty() ? null : steps.get(0);
    }

    private String page(String user, String url) throws Exception {
        MvcResult result = mvc.perform(get(java.net.URI.create(url)).with(user(users.loadUserByUsername(user)))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url + " by " + user).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
