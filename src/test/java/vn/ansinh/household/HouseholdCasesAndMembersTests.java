package vn.ansinh.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import vn.ansinh.common.Formats;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.eligibility.MemberFacts;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.SignedIn;
import vn.ansinh.support.TestHouseholds;

/**
 * The household page (issue 10) on PostgreSQL: its cases and decisions in words with the status they set, each
 * member's age, and a member removed with a reason — required, audited, gone from the facts the rules evaluate, kept
 * in the household's history.
 */
class HouseholdCasesAndMembersTests extends IntegrationTest {

    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired EligibilityManagement eligibility;
    @Autowired HouseholdManagement register;
    @Autowired HouseholdChunks chunks;

    private String register(String officer, String commune, String... names) throws Exception {
        return mvc.perform(post("/api/households").with(httpBasic(officer, officer))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json(names[0], commune, names)))
                .andReturn().getResponse().getContentAsString();
    }

    private static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    private String page(String user, long household) throws Exception {
        MvcResult result = mvc.perform(get("/households/" + household).with(user(users.loadUserByUsername(user))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void thePageListsTheHouseholdsCasesAndDecisionsInWords() throws Exception {
        String body = register("canbo.vuphuc", "12466", "Quách Văn Hồ Sơ", "Quách Thị Con");
        long household = id(body, "$.id");
        long child = id(body, "$.members[1].id");
        assertThat(page("canbo.vuphuc", household)).contains("Hộ chưa có hồ sơ nào.");
        long approved = insertCase(household, null, "POVERTY_RECOGNITION", "APPROVED", Instant.parse("2025-09-03T03:00:00Z"),
                LocalDate.of(2025, 10, 14), "POOR", null);
        long allowance = insertCase(household, child, "SOCIAL_ALLOWANCE", "APPROVED", Instant.parse("2026-01-05T03:00:00Z"),
                LocalDate.of(2026, 2, 2), null, 500_000L);
        long open = insertCase(household, null, "POOR_HOUSING", "VILLAGE_MEETING", Instant.parse("2026-04-01T03:00:00Z"),
                null, null, null);
        String html = page("canbo.vuphuc", household);
        assertThat(html).contains("Hồ sơ và quyết định", "Công nhận hộ nghèo, hộ cận nghèo", "Đã phê duyệt",
                "Đủ điều kiện", "03/09/2025", "14/10/2025", "Hộ nghèo", "Trợ cấp xã hội hằng tháng", "(Quách Thị Con)",
                "500.000 đ/tháng", "Hỗ trợ nhà ở hộ nghèo", "Họp dân", "href=\"/cases/" + approved + "\"",
                "href=\"/cases/" + allowance + "\"", "href=\"/cases/" + open + "\"");
        assertThat(html).doesNotContain(">POVERTY_RECOGNITION<", ">APPROVED<", ">ELIGIBLE<", "2025-10-14", "??");
        // newest first
        assertThat(html.indexOf("/cases/" + open + "\"")).isLessThan(html.indexOf("/cases/" + allowance + "\""));
        assertThat(html.indexOf("/cases/" + allowance + "\"")).isLessThan(html.indexOf("/cases/" + approved + "\""));
        // in English too
        String en = mvc.perform(get("/households/" + household + "?lang=en").with(user(users.loadUserByUsername("canbo.vuphuc"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Cases and decisions", "Approved", "Eligible", "500.000 đ/month");
    }

    private long insertCase(long household, Long member, String program, String status, Instant opened, LocalDate decided,
                            String poverty, Long monthly) {
        return jdbc.queryForObject("""
                insert into casework_case(household_id, member_id, program, kind, commune_code, district_code, status,
                    opened_by, opened_at, decided_on, decision_eligible, decision_outcome, decision_poverty, decision_monthly)
                values (?, ?, ?, 'AD_HOC', '12466', '336', ?, 'canbo.vuphuc', ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                household, member, program, status, Timestamp.from(opened), decided, decided == null ? null : true,
                decided == null ? null : "ELIGIBLE", poverty, monthly);
    }

    @Test
    void eachMemberShowsTheirAgeAsOfToday() throws Exception {
        String body = register("canbo.vuphuc", "12466", "Tạ Văn Tuổi", "Tạ Thị Tuổi");
        long household = id(body, "$.id");
        String html = page("canbo.vuphuc", household);
        for (int i = 0; i < 2; i++) {
            long member = id(body, "$.members[" + i + "].id");
            LocalDate born = LocalDate.parse(JsonPath.read(body, "$.members[" + i + "].birthDate"));
            int age = Period.between(born, LocalDate.now(Formats.PROVINCE)).getYears();
            assertThat(html).contains("<td id=\"age-" + member + "\">" + age + "</td>");
        }
        assertThat(html).contains("<th>Tuổi</th>");
    }

    @Test
    void aMemberIsRemovedOnlyWithAReasonAuditedAndGoneFromTheFacts() throws Exception {
        // a demo household with a survey (so the rules can evaluate it), at least two members and no case
        long household = jdbc.queryForObject("""
                select max(h.id) from household h where h.commune_code = '12466'
                  and exists (select 1 from assessment a where a.household_id = h.id)
                  and not exists (select 1 from casework_case c where c.household_id = h.id)
                  and (select count(*) from household_member m where m.household_id = h.id) >= 2""", Long.class);
        HouseholdView before = SignedIn.as(users, "canbo.vuphuc", () -> register.get(household));
        MemberView leaving = before.members().stream().filter(m -> m.relation() != Relation.HEAD).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(Formats.PROVINCE);
        List<String> factsBefore = SignedIn.as(users, "canbo.vuphuc",
                () -> eligibility.evaluateHousehold(household, today)).input().members().stream().map(MemberFacts::id).toList();
        assertThat(factsBefore).contains(String.valueOf(leaving.id()));

        String url = "/households/" + household + "/members/" + leaving.id() + "/removal";
        // no reason: the page comes back with the field's error in Vietnamese, nothing removed
        String refused = mvc.perform(post(url).param("reason", "   ").with(user(users.loadUserByUsername("canbo.vuphuc")))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"removal-error-" + leaving.id() + "\"",
                "Vui lòng ghi lý do xóa thành viên khỏi hộ (tối đa 500 ký tự).");
        assertThat(memberCount(household)).isEqualTo(before.members().size());
        // another commune's officer: not found, and audited as such
        assertThat(mvc.perform(post(url).param("reason", "Chuyển đi").with(user(users.loadUserByUsername("canbo.lehongphong")))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        // the head cannot be removed
        MemberView head = before.members().stream().filter(m -> m.relation() == Relation.HEAD).findFirst().orElseThrow();
        String headRefused = mvc.perform(post("/households/" + household + "/members/" + head.id() + "/removal")
                .param("reason", "Thử").with(user(users.loadUserByUsername("canbo.vuphuc"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(headRefused).contains("Không thể xóa chủ hộ");

        long audits = jdbc.queryForObject("select count(*) from audit_entry where action = 'MEMBER_REMOVED'", Long.class);
        MvcResult done = mvc.perform(post(url).param("reason", "Đã chuyển hộ khẩu đi tỉnh khác")
                .with(user(users.loadUserByUsername("canbo.vuphuc"))).with(csrf())).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MEMBER_REMOVED'"
                        + " and subject_id = ? and username = 'canbo.vuphuc' and detail like '%chuyển hộ khẩu%'",
                Long.class, String.valueOf(leaving.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MEMBER_REMOVED'", Long.class))
                .isEqualTo(audits + 1);

        // gone from the register's members, the bulk facts reader and the facts the rules evaluate
        assertThat(memberCount(household)).isEqualTo(before.members().size() - 1);
        assertThat(chunks.chunk(Jurisdiction.commune("12466"), household - 1, household, 1).get(0).members())
                .extracting(MemberView::id).doesNotContain(leaving.id());
        List<String> factsAfter = SignedIn.as(users, "canbo.vuphuc",
                () -> eligibility.evaluateHousehold(household, today)).input().members().stream().map(MemberFacts::id).toList();
        assertThat(factsAfter).hasSize(factsBefore.size() - 1).doesNotContain(String.valueOf(leaving.id()));

        // kept in the history the page shows
        String html = page("canbo.vuphuc", household);
        assertThat(html).contains("Thành viên đã xóa khỏi hộ", leaving.fullName(), "Đã chuyển hộ khẩu đi tỉnh khác");
        assertThat(html).doesNotContain("id=\"age-" + leaving.id() + "\"");
        // a district approver sees the household (and its history) but may not remove anyone
        assertThat(page("duyet.tpthaibinh", household)).contains(leaving.fullName()).doesNotContain("member-removal");
    }

    @Test
    void theApiRemovesAMemberAndNamesTheMissingReason() throws Exception {
        String body = register("canbo.vuphuc", "12466", "Ông Văn Api", "Ông Thị Api");
        long household = id(body, "$.id");
        long child = id(body, "$.members[1].id");
        String url = "/api/households/" + household + "/members/" + child + "/removal";
        MvcResult refused = mvc.perform(post(url).with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(refused.getResponse().getContentAsString(), "$.errors[*].field"))
                .containsExactly("reason");
        MvcResult done = mvc.perform(post(url).with(httpBasic("canbo.vuphuc", "canbo.vuphuc"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Nhập trùng\"}")).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(JsonPath.<List<Number>>read(done.getResponse().getContentAsString(), "$.members[*].id"))
                .extracting(Number::longValue).doesNotContain(child);
        assertThat(memberCount(household)).isEqualTo(1);
        // searching for the removed member no longer finds the household
        String found = mvc.perform(get("/api/households").param("q", "ong thi api").with(httpBasic("canbo.vuphuc", "canbo.vuphuc")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(found, "$.content[*].id")).extracting(Number::longValue).doesNotContain(household);
    }

    private int memberCount(long household) {
        return jdbc.queryForObject("select count(*) from household_member where household_id = ?", Integer.class, household);
    }
}
