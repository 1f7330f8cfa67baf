package vn.ansinh.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.ansinh.common.access.Role.ADMIN;
import static vn.ansinh.common.access.Role.COMMUNE_OFFICER;
import static vn.ansinh.common.access.Role.DISTRICT_APPROVER;
import static vn.ansinh.common.access.Role.PAYMENT_OFFICER;
import static vn.ansinh.common.access.Role.POLICY_STAFF;
import static vn.ansinh.common.access.Role.PROVINCE_APPROVER;
import static vn.ansinh.security.MatrixFixtures.json;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ansinh.common.access.Role;
import vn.ansinh.security.MatrixFixtures.Subject;
import vn.ansinh.support.TestHouseholds;

/**
 * The write endpoints of the API and the pages, one row per mapping (several when one mapping does several acts),
 * each with the roles that may do it, the area its record lies in, a fixture in the right state and the request.
 * A new write endpoint needs a row here: {@code RoleMatrixTests.everyWriteEndpointIsInTheMatrix} fails without it.
 */
final class WriteEndpoints {

    enum Scope { COMMUNE, DISTRICT, NONE }

    record Expect(int status, String audit) {
        static final Expect SUCCESS = new Expect(0, null);

        boolean success() {
            return this == SUCCESS;
        }

        @Override
        public String toString() {
            return success() ? "success" : status + (audit == null ? "" : " " + audit);
        }
    }

    /** Records in a known state; refused cells of rows with the same {@code key} may share one. */
    record Fixture(String key, Supplier<Subject> make) {
    }

    /** {@code allowed}: the roles that succeed on the fixture (an approval at the district level: its approver only). */
    record Endpoint(String mapping, String name, boolean page, Scope scope, Set<Role> allowed, String notFoundAudit,
                    Fixture fixture, Function<Subject, AbstractMockHttpServletRequestBuilder<?>> request,
                    int successStatus, Consumer<MvcResult> succeeded, Map<String, Expect> overrides) {

        Endpoint checking(Consumer<MvcResult> check) {
            return new Endpoint(mapping, name, page, scope, allowed, notFoundAudit, fixture, request, successStatus,
                    succeeded.andThen(check), overrides);
        }

        Endpoint overriding(String username, Expect expect) {
            Map<String, Expect> more = new HashMap<>(overrides);
            more.put(username, expect);
            return new Endpoint(mapping, name, page, scope, allowed, notFoundAudit, fixture, request, successStatus,
                    succeeded, Map.copyOf(more));
        }
    }

    private static final String HOUSEHOLD_REFUSED = "HOUSEHOLD_ACCESS_REFUSED";
    private static final String CASE_REFUSED = "CASE_ACCESS_REFUSED";
    private static final String PAYMENT_REFUSED = "PAYMENT_ACCESS_REFUSED";
    private static final String APPEAL_REFUSED = "APPEAL_ACCESS_REFUSED";

    private final MatrixFixtures f;
    private final List<Endpoint> rows = new ArrayList<>();

    private WriteEndpoints(MatrixFixtures fixtures) {
        this.f = fixtures;
    }

    static List<Endpoint> all(MatrixFixtures fixtures) {
        WriteEndpoints table = new WriteEndpoints(fixtures);
        table.households();
        table.eligibility();
        table.cases();
        table.casePages();
        table.appeals();
        table.payments();
        table.paymentPages();
        table.signInLocks();
        table.plan();
        table.policyWorkbench();
        table.campaigns();
        return List.copyOf(table.rows);
    }

    private void households() {
        api("POST /api/households", "register household", Scope.NONE, roles(COMMUNE_OFFICER, ADMIN), null, none(),
                s -> json(post("/api/households"), TestHouseholds.json("Ma Trận Đăng Ký", MatrixFixtures.COMMUNE, "Ma Trận Đăng Ký")), 201)
                // the form names Vũ Phúc: officers of other communes get the field error, as before
                .override("canbo.lehongphong", 400, null).override("canbo.vuhoi", 400, null);
        api("PUT /api/households/{id}", "edit household", Scope.COMMUNE, roles(COMMUNE_OFFICER, ADMIN), HOUSEHOLD_REFUSED,
                household(), s -> json(put("/api/households/" + s.household), s.householdJson), 200);
        page("POST /households/new", "register household (page)", Scope.NONE, roles(COMMUNE_OFFICER, ADMIN), null,
                none(), s -> householdForm(post("/households/new"), TestHouseholds.uniqueCccd(), null))
                .override("canbo.lehongphong", 200, null).override("canbo.vuhoi", 200, null);
        api("POST /api/households/{id}/members/{memberId}/death-correction", "withdraw a recorded death", Scope.COMMUNE,
                roles(COMMUNE_OFFICER, ADMIN), HOUSEHOLD_REFUSED, deceased(),
                s -> json(post("/api/households/" + s.household + "/members/" + s.member + "/death-correction"),
                        "{\"reason\":\"Ghi nhầm người\"}"), 200);
        page("POST /households/{id}/members/{memberId}/death-correction", "withdraw a recorded death (page)",
                Scope.COMMUNE, roles(COMMUNE_OFFICER, ADMIN), HOUSEHOLD_REFUSED, deceased(),
                s -> post("/households/" + s.household + "/members/" + s.member + "/death-correction")
                        .param("reason", "Ghi nhầm người"));
        api("POST /api/households/{id}/members/{memberId}/removal", "remove a member with a reason", Scope.COMMUNE,
                roles(COMMUNE_OFFICER, ADMIN), HOUSEHOLD_REFUSED, householdChild(),
                s -> json(post("/api/households/" + s.household + "/members/" + s.member + "/removal"),
                        "{\"reason\":\"Đã chuyển đi nơi khác\"}"), 200);
        page("POST /households/{id}/members/{memberId}/removal", "remove a member with a reason (page)",
                Scope.COMMUNE, roles(COMMUNE_OFFICER, ADMIN), HOUSEHOLD_REFUSED, householdChild(),
                s -> post("/households/" + s.household + "/members/" + s.member + "/removal")
                        .param("reason", "Đã chuyển đi nơi khác"));
        // the commune column is empty: each officer's household goes to their own commune, the province's is refused
        // by row (the job is still accepted); who may import at all is the matrix's question
        api("POST /api/households/imports", "import households", Scope.NONE, roles(COMMUNE_OFFICER, ADMIN), null, none(),
                s -> multipart("/api/households/imports").file(surveyFile()).param("mode", "VALID_ROWS"), 202);
        page("POST /households/imports", "import households (page)", Scope.NONE, roles(COMMUNE_OFFICER, ADMIN), null,
                none(), s -> multipart("/households/imports").file(surveyFile()).param("mode", "VALID_ROWS"));
        page("POST /households/{id}/edit", "edit household (page)", Scope.COMMUNE, roles(COMMUNE_OFFICER, ADMIN),
                HOUSEHOLD_REFUSED, household(), s -> householdForm(post("/households/" + s.household + "/edit"), s.cccd, s)
                        .param("version", String.valueOf(s.householdVersion)));
    }

    private void plan() {
        api("POST /api/plan/reported", "enter a reported figure", Scope.NONE, roles(POLICY_STAFF, ADMIN), null, none(),
                s -> json(post("/api/plan/reported"), MatrixFixtures.REPORTED_FIGURE), 200);
        api("POST /api/plan/reported/{id}/confirmation", "confirm a reported figure", Scope.NONE, roles(POLICY_STAFF),
                null, reportedFigure(), s -> post("/api/plan/reported/" + s.reportedFigure + "/confirmation"), 200)
                // the administrator entered it: the maker never checks their own figure
                .override("admin", 403, "PLAN_CONFIRM_REFUSED");
        api("POST /api/plan/recompute", "recompute the plan's counts", Scope.NONE, roles(POLICY_STAFF, ADMIN), null,
                none(), s -> post("/api/plan/recompute").param("from", "2024").param("to", "2024"), 200);
        page("POST /plan/reported", "enter a reported figure (page)", Scope.NONE, roles(POLICY_STAFF, ADMIN), null, none(),
                s -> post("/plan/reported").param("targetId", "NEW_JOBS_2015").param("year", "2015").param("value", "32500")
                        .param("source", "Báo cáo Sở LĐTBXH"));
        page("POST /plan/reported/{id}/confirm", "confirm a reported figure (page)", Scope.NONE, roles(POLICY_STAFF),
                null, reportedFigure(), s -> post("/plan/reported/" + s.reportedFigure + "/confirm"))
                .override("admin", 403, "PLAN_CONFIRM_REFUSED");
        page("POST /plan/recompute", "recompute the plan's counts (page)", Scope.NONE, roles(POLICY_STAFF, ADMIN), null,
                none(), s -> post("/plan/recompute"));
    }

    private static final String CHANGELOG = "{\"effectiveAt\":null,\"changelog\":{\"what\":\"Ma trận\",\"why\":\"Kiểm thử quyền\","
            + "\"legalInstrument\":\"Nghị định 76/2024/NĐ-CP\"}}";

    private void policyWorkbench() {
        Fixture base = new Fixture("version in force", f::inForceVersion);
        Fixture draft = new Fixture("policy draft", () -> f.policyDraft("policy"));
        Fixture submitted = new Fixture("submitted draft", f::submittedDraft);
        Fixture approved = new Fixture("approved draft", f::approvedDraft);
        api("POST /api/policy/drafts", "start a rule draft", Scope.NONE, roles(POLICY_STAFF), null, base,
                s -> json(post("/api/policy/drafts"), "{\"basedOn\":" + s.draft + ",\"label\":\"M-"
                        + Long.toString(System.nanoTime(), 36) + "\"}"), 201);
        api("PUT /api/policy/drafts/{id}/files/**", "save a draft file", Scope.NONE, roles(POLICY_STAFF), null, draft,
                s -> put("/api/policy/drafts/" + s.draft + "/files/notes/matrix.txt").contentType("text/plain").content("ma trận"), 200);
        api("DELETE /api/policy/drafts/{id}/files/**", "delete a draft file", Scope.NONE, roles(POLICY_STAFF), null, draft,
                s -> delete("/api/policy/drafts/" + s.draft + "/files/README.md"), 204);
        api("POST /api/policy/drafts/{id}/tests", "run a draft's scenarios", Scope.NONE, roles(POLICY_STAFF), null, draft,
                s -> post("/api/policy/drafts/" + s.draft + "/tests"), 200);
        Fixture draftAndHousehold = new Fixture("policy draft and a registered household", f::policyDraftAndHousehold);
        api("POST /api/policy/drafts/{id}/scenarios", "add a scenario from a registered household", Scope.NONE,
                roles(POLICY_STAFF), null, draftAndHousehold, s -> json(post("/api/policy/drafts/" + s.draft + "/scenarios"),
                        "{\"householdCode\":\"" + s.householdCode + "\",\"asOf\":\"2024-07-01\"}"), 201);
        page("POST /policy/drafts/{id}/scenarios", "add a scenario from a registered household (page)", Scope.NONE,
                roles(POLICY_STAFF), null, draftAndHousehold, s -> post("/policy/drafts/" + s.draft + "/scenarios")
                        .param("householdCode", s.householdCode).param("asOf", "01/07/2024"));
        api("POST /api/policy/drafts/{id}/impact", "start an impact run of a draft", Scope.NONE, roles(POLICY_STAFF), null,
                draft, s -> json(post("/api/policy/drafts/" + s.draft + "/impact"), "{\"asOf\":\"2025-01-01\"}"), 202);
        page("POST /policy/drafts/{id}/impact", "start an impact run of a draft (page)", Scope.NONE, roles(POLICY_STAFF), null,
                draft, s -> post("/policy/drafts/" + s.draft + "/impact").param("asOf", "01/01/2025"));
        api("POST /api/policy/drafts/{id}/submit", "submit a draft", Scope.NONE, roles(POLICY_STAFF), null, draft,
                s -> post("/api/policy/drafts/" + s.draft + "/submit"), 200);
        api("POST /api/policy/drafts/{id}/approve", "approve a draft", Scope.NONE, roles(POLICY_STAFF), null, submitted,
                s -> post("/api/policy/drafts/" + s.draft + "/approve"), 200);
        api("POST /api/policy/drafts/{id}/send-back", "send a draft back", Scope.NONE, roles(POLICY_STAFF), null, submitted,
                s -> json(post("/api/policy/drafts/" + s.draft + "/send-back"), "{\"note\":\"Thiếu căn cứ\"}"), 200);
        api("POST /api/policy/drafts/{id}/publish", "publish a version", Scope.NONE, roles(POLICY_STAFF), null, approved,
                s -> json(post("/api/policy/drafts/" + s.draft + "/publish"), CHANGELOG), 200);
        page("POST /policy/drafts", "start a rule draft (page)", Scope.NONE, roles(POLICY_STAFF), null, base,
                s -> post("/policy/drafts").param("basedOn", String.valueOf(s.draft))
                        .param("label", "MP-" + Long.toString(System.nanoTime(), 36)));
        page("POST /policy/drafts/{id}/edit", "save a draft file (page)", Scope.NONE, roles(POLICY_STAFF), null, draft,
                s -> post("/policy/drafts/" + s.draft + "/edit").param("path", "notes/matrix.txt").param("text", "ma trận"));
        page("POST /policy/drafts/{id}/parameter", "add a dated parameter value (page)", Scope.NONE, roles(POLICY_STAFF), null,
                draft, s -> post("/policy/drafts/" + s.draft + "/parameter")
                        .param("file", "parameters/social_allowance/base_level.yaml").param("name", "sa.base_level")
                        .param("from", "01/01/2029").param("value", "650000").param("reference", "Ma trận"));
        page("POST /policy/drafts/{id}/submit", "submit a draft (page)", Scope.NONE, roles(POLICY_STAFF), null, draft,
                s -> post("/policy/drafts/" + s.draft + "/submit"));
        page("POST /policy/drafts/{id}/approve", "approve a draft (page)", Scope.NONE, roles(POLICY_STAFF), null, submitted,
                s -> post("/policy/drafts/" + s.draft + "/approve"));
        page("POST /policy/drafts/{id}/send-back", "send a draft back (page)", Scope.NONE, roles(POLICY_STAFF), null, submitted,
                s -> post("/policy/drafts/" + s.draft + "/send-back").param("note", "Thiếu căn cứ"));
        page("POST /policy/drafts/{id}/publish", "publish a version (page)", Scope.NONE, roles(POLICY_STAFF), null, approved,
                s -> post("/policy/drafts/" + s.draft + "/publish").param("what", "Ma trận").param("why", "Kiểm thử quyền")
                        .param("legalInstrument", "Nghị định 76/2024/NĐ-CP"));
    }

    private Fixture reportedFigure() {
        return new Fixture("reported figure", f::reportedFigure);
    }

    private void signInLocks() {
        api("POST /api/admin/logins/users/{username}/unlock", "unlock an account", Scope.NONE, roles(ADMIN), null, none(),
                s -> post("/api/admin/logins/users/nobody.locked/unlock"), 200);
        api("POST /api/admin/logins/addresses/unlock", "unlock an address", Scope.NONE, roles(ADMIN), null, none(),
                s -> post("/api/admin/logins/addresses/unlock").param("address", "192.0.2.1"), 200);
        page("POST /admin/logins/unlock", "unlock (page)", Scope.NONE, roles(ADMIN), null, none(),
                s -> post("/admin/logins/unlock").param("username", "nobody.locked"));
    }

    private static MockHttpServletRequestBuilder householdForm(MockHttpServletRequestBuilder request, String cccd, Subject s) {
        request.param("headName", s == null ? "Ma Trận Trang" : s.headName).param("address", "Số 1").param("village", "Thôn Đông")
                .param("communeCode", MatrixFixtures.COMMUNE).param("agricultural", "true")
                .param("members[0].fullName", s == null ? "Ma Trận Trang" : s.headName).param("members[0].sex", "MALE")
                .param("members[0].birthDate", s == null ? birthDateFor(cccd) : "03/03/1970").param("members[0].relation", "HEAD")
                .param("members[0].cccd", cccd).param("members[0].disability", "NONE");
        return s == null ? request : request.param("members[0].id", String.valueOf(s.member));
    }

    /** A birth date of its own for each new head, so that no registration looks like an earlier one's look-alike. */
    private static String birthDateFor(String cccd) {
        int n = Math.floorMod(cccd.hashCode(), 28 * 12 * 40);
        return String.format("%02d/%02d/%d", 1 + n % 28, 1 + n / 28 % 12, 1950 + n / (28 * 12));
    }

    private void eligibility() {
        api("POST /api/eligibility/evaluate", "evaluate (stateless)", Scope.NONE, EnumSet.allOf(Role.class), null, none(),
                s -> json(post("/api/eligibility/evaluate"), """
                        {"asOf":"2024-07-01","household":{"id":"HH-1","area":"RURAL","monthlyIncomePerCapita":1500000,
                         "deprivations":["E1","E4","E8"],"members":[{"id":"m1","birthDate":"1944-07-01"}]}}"""), 200);
        api("POST /api/households/{id}/evaluations", "store evaluation", Scope.COMMUNE, roles(COMMUNE_OFFICER),
                HOUSEHOLD_REFUSED, demo(),
                s -> json(post("/api/households/" + s.household + "/evaluations"), "{\"asOf\":\"2024-07-01\"}"), 201);
        api("POST /api/eligibility/ruleset/reload", "reload rules", Scope.NONE, roles(POLICY_STAFF, ADMIN), null,
                none(), s -> post("/api/eligibility/ruleset/reload"), 200);
        page("POST /households/{id}/eligibility", "store evaluation (page)", Scope.COMMUNE, roles(COMMUNE_OFFICER),
                HOUSEHOLD_REFUSED, demo(),
                s -> post("/households/" + s.household + "/eligibility").param("asOf", "01/07/2024"));
        // the scope is the record's commune: officers of other communes are refused the scope (403, audited as the
        // act refused for it), approvers and payers the act itself
        api("POST /api/reevaluations", "bulk re-evaluation", Scope.NONE, roles(COMMUNE_OFFICER, POLICY_STAFF, ADMIN), null,
                none(), s -> json(post("/api/reevaluations"), "{\"scope\":\"COMMUNE:" + MatrixFixtures.COMMUNE
                        + "\",\"asOf\":\"2024-07-01\"}"), 202)
                .override("canbo.lehongphong", 403, "ACT_REFUSED").override("canbo.vuhoi", 403, "ACT_REFUSED");
        page("POST /reevaluations", "bulk re-evaluation (page)", Scope.NONE, roles(COMMUNE_OFFICER, POLICY_STAFF, ADMIN),
                null, none(), s -> post("/reevaluations").param("scope", "COMMUNE:" + MatrixFixtures.COMMUNE)
                        .param("asOf", "01/07/2024"))
                .override("canbo.lehongphong", 403, "ACT_REFUSED").override("canbo.vuhoi", 403, "ACT_REFUSED");
    }

    private void cases() {
        api("POST /api/cases", "open case", Scope.COMMUNE, roles(COMMUNE_OFFICER), HOUSEHOLD_REFUSED, demo(),
                s -> json(post("/api/cases"), "{\"householdId\":" + s.household + ",\"program\":\"POVERTY_RECOGNITION\",\"kind\":\"AD_HOC\"}"), 201);
        api("POST /api/cases/{id}/claim", "claim assessment", Scope.COMMUNE, roles(COMMUNE_OFFICER), CASE_REFUSED,
                caseAt("assessment"), s -> post("/api/cases/" + s.caseId + "/claim").param("step", "assessment"), 200);
        api("POST /api/cases/{id}/assessment", "assess case", Scope.COMMUNE, roles(COMMUNE_OFFICER), CASE_REFUSED,
                caseAt("assessment"), s -> json(post("/api/cases/" + s.caseId + "/assessment"),
                        "{\"assessedOn\":\"2024-03-06\",\"monthlyIncomePerCapita\":1000000,\"deprivations\":[\"E1\",\"E4\",\"E8\"]}"), 200);
        step("not-eligible", "notEligibleReview", "{\"action\":\"CORRECT\"}", roles(COMMUNE_OFFICER));
        step("meeting", "villageMeeting", "{\"heldOn\":\"2024-03-06\",\"attendance\":3,\"agreeing\":2}", roles(COMMUNE_OFFICER));
        step("complaint", "publicPosting", "{\"type\":\"WRONG_DATA\"}", roles(COMMUNE_OFFICER));
        step("re-verification", "reVerification", "{}", roles(COMMUNE_OFFICER));
        // the default chain waits for the district: the province's approver is refused at this level (403, audited)
        step("approval", "approval", "{\"action\":\"APPROVE\"}", roles(DISTRICT_APPROVER));
        step("approval", "approval", "{\"action\":\"REJECT\",\"reason\":\"không đúng đối tượng\"}", roles(DISTRICT_APPROVER));
        step("approval", "approval", "{\"action\":\"RETURN\",\"reason\":\"thiếu giấy tờ\"}", roles(DISTRICT_APPROVER));
        api("POST /api/cases/approvals", "bulk approval", Scope.NONE, roles(DISTRICT_APPROVER), null, caseAt("approval"),
                s -> json(post("/api/cases/approvals"), "{\"caseIds\":[" + s.caseId + "]}"), 200)
                .then(r -> assertThat((Object) JsonPath.read(body(r), "$[0].refusal")).isNull())
                // the batch answers per case: another district's case is not found, a province task is not theirs
                .override("duyet.vuthu", 200, CASE_REFUSED).override("duyet.tinh", 200, "ACT_REFUSED");
    }

    /**
     * The annual review campaign: province policy staff open and close it (everyone else 403, audited; nobody is out
     * of its area); a commune officer opens a case from a flag of their commune or dismisses it (outside: 404).
     */
    private void campaigns() {
        api("POST /api/campaigns", "open the annual review campaign", Scope.NONE, roles(POLICY_STAFF), null,
                new Fixture("campaign year", f::campaignYear), s -> json(post("/api/campaigns"), "{\"year\":" + s.campaignYear
                        + ",\"startsOn\":\"" + s.campaignYear + "-09-01\",\"endsOn\":\"" + s.campaignYear + "-12-14\"}"), 202)
                .then(r -> f.settleCampaigns());
        page("POST /campaigns", "open the annual review campaign (page)", Scope.NONE, roles(POLICY_STAFF), null,
                new Fixture("campaign year", f::campaignYear), s -> post("/campaigns").param("year", String.valueOf(s.campaignYear))
                        .param("startsOn", "01/09/" + s.campaignYear).param("endsOn", "14/12/" + s.campaignYear))
                .then(r -> f.settleCampaigns());
        api("POST /api/campaigns/{id}/close", "close the campaign", Scope.NONE, roles(POLICY_STAFF), null,
                new Fixture("open campaign", f::openCampaign), s -> post("/api/campaigns/" + s.campaign + "/close"), 200);
        page("POST /campaigns/{id}/close", "close the campaign (page)", Scope.NONE, roles(POLICY_STAFF), null,
                new Fixture("open campaign", f::openCampaign), s -> post("/campaigns/" + s.campaign + "/close"));
        page("POST /campaigns/flags/{id}/case", "open a case from a flag (page)", Scope.COMMUNE, roles(COMMUNE_OFFICER),
                HOUSEHOLD_REFUSED, new Fixture("flag", f::flagged), s -> post("/campaigns/flags/" + s.flag + "/case"))
                .then(r -> assertThat(r.getResponse().getRedirectedUrl()).matches("/cases/\\d+"));
        page("POST /campaigns/flags/{id}/dismiss", "dismiss a flag (page)", Scope.COMMUNE, roles(COMMUNE_OFFICER),
                HOUSEHOLD_REFUSED, new Fixture("flag", f::flagged), s -> post("/campaigns/flags/" + s.flag + "/dismiss")
                        .param("reason", "Hộ đã chuyển đi"));
    }

    private void step(String path, String task, String body, Set<Role> allowed) {
        api("POST /api/cases/{id}/{step}", path + " " + body.replaceAll("[{}\"]", "").split(",")[0], Scope.COMMUNE, allowed,
                CASE_REFUSED, caseAt(task), s -> json(post("/api/cases/" + s.caseId + "/" + path), body), 200);
    }

    private void casePages() {
        page("POST /cases/new", "open case (page)", Scope.COMMUNE, roles(COMMUNE_OFFICER), HOUSEHOLD_REFUSED, demo(),
                s -> post("/cases/new").param("householdId", String.valueOf(s.household))
                        .param("program", "POVERTY_RECOGNITION").param("kind", "AD_HOC"))
                .then(r -> assertThat(r.getResponse().getRedirectedUrl()).matches("/cases/\\d+"));
        casePage("claim", "assessment", roles(COMMUNE_OFFICER), "step", "assessment");
        casePage("assessment", "assessment", roles(COMMUNE_OFFICER), "assessedOn", "06/03/2024",
                "monthlyIncomePerCapita", "1000000", "deprivations", "E1", "deprivations", "E4", "deprivations", "E8",
                "housingCondition", "SOUND");
        casePage("not-eligible", "notEligibleReview", roles(COMMUNE_OFFICER), "action", "CORRECT");
        casePage("meeting", "villageMeeting", roles(COMMUNE_OFFICER), "heldOn", "06/03/2024", "attendance", "3", "agreeing", "2");
        casePage("complaint", "publicPosting", roles(COMMUNE_OFFICER), "type", "WRONG_DATA");
        casePage("re-verification", "reVerification", roles(COMMUNE_OFFICER));
        casePage("approval", "approval", roles(DISTRICT_APPROVER), "action", "APPROVE");
        page("POST /inbox/approve", "bulk approval (page)", Scope.NONE, roles(DISTRICT_APPROVER), null, caseAt("approval"),
                s -> post("/inbox/approve").param("caseId", String.valueOf(s.caseId)))
                .then(r -> assertThat(r.getFlashMap().get("bulkApproved")).isEqualTo(1L))
                .override("duyet.vuthu", 302, CASE_REFUSED).override("duyet.tinh", 302, "ACT_REFUSED");
    }

    private void appeals() {
        api("POST /api/cases/{id}/appeals", "lodge appeal", Scope.COMMUNE, roles(COMMUNE_OFFICER), CASE_REFUSED,
                decided(), s -> json(post("/api/cases/" + s.caseId + "/appeals"), "{\"grounds\":\"Hộ khiếu nại quyết định\"}"), 201);
        page("POST /cases/{id}/appeals", "lodge appeal (page)", Scope.COMMUNE, roles(COMMUNE_OFFICER), CASE_REFUSED,
                decided(), s -> post("/cases/" + s.caseId + "/appeals").param("grounds", "Hộ khiếu nại quyết định"))
                .then(r -> assertThat(r.getResponse().getRedirectedUrl()).matches("/appeals/\\d+"));
        // the district decided the case: its approver reviews; the province's approver is refused at this level (403)
        api("POST /api/appeals/{id}/decision", "decide appeal", Scope.COMMUNE, roles(DISTRICT_APPROVER), APPEAL_REFUSED,
                appealed(), s -> json(post("/api/appeals/" + s.appeal + "/decision"),
                        "{\"outcome\":\"UPHELD\",\"reason\":\"Quyết định đúng quy định\"}"), 200);
        page("POST /appeals/{id}/decision", "decide appeal (page)", Scope.COMMUNE, roles(DISTRICT_APPROVER), APPEAL_REFUSED,
                appealed(), s -> post("/appeals/" + s.appeal + "/decision").param("outcome", "UPHELD")
                        .param("reason", "Quyết định đúng quy định"))
                .then(r -> assertThat(r.getFlashMap().get("message")).isEqualTo("appeal.decidedNow"));
    }

    private void casePage(String path, String task, Set<Role> allowed, String... params) {
        page("POST /cases/{id}/" + path, path + " (page)", Scope.COMMUNE, allowed, CASE_REFUSED, caseAt(task), s -> {
            MockHttpServletRequestBuilder request = post("/cases/" + s.caseId + "/" + path);
            if (!path.equals("claim")) {
                request.param("version", String.valueOf(s.caseVersion));
            }
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            return request;
        });
    }

    private void payments() {
        api("POST /api/payments/cycles", "generate cycle", Scope.DISTRICT, roles(PAYMENT_OFFICER), PAYMENT_REFUSED, month(),
                s -> json(post("/api/payments/cycles"), "{\"districtCode\":\"336\",\"month\":\"" + s.month + "\"}"), 201);
        api("POST /api/payments/cycles/{id}/approve", "approve cycle", Scope.DISTRICT, roles(PAYMENT_OFFICER), PAYMENT_REFUSED,
                generated(), s -> post("/api/payments/cycles/" + s.cycle + "/approve"), 200);
        api("POST /api/payments/cycles/{id}/close", "close cycle", Scope.DISTRICT, roles(PAYMENT_OFFICER), PAYMENT_REFUSED,
                closable(), s -> post("/api/payments/cycles/" + s.cycle + "/close"), 200);
        api("POST /api/payments/cycles/{id}/confirmation", "confirmation file (upload)", Scope.DISTRICT, roles(PAYMENT_OFFICER),
                PAYMENT_REFUSED, exported(), s -> multipart("/api/payments/cycles/" + s.cycle + "/confirmation")
                        .file(confirmationFile(s)), 200);
        api("POST /api/payments/cycles/{id}/confirmation", "confirmation file (body)", Scope.DISTRICT, roles(PAYMENT_OFFICER),
                PAYMENT_REFUSED, exported(), s -> post("/api/payments/cycles/" + s.cycle + "/confirmation")
                        .contentType("text/csv").content(MatrixFixtures.confirmation(List.of(s.lineKey))), 200);
        api("POST /api/payments/cycles/{cycleId}/lines/{lineId}/result", "line result", Scope.DISTRICT, roles(PAYMENT_OFFICER),
                PAYMENT_REFUSED, exported(), s -> json(post("/api/payments/cycles/" + s.cycle + "/lines/" + s.line + "/result"),
                        "{\"result\":\"PAID\"}"), 200);
        api("POST /api/payments/entitlements/{id}/stop", "stop entitlement", Scope.COMMUNE, roles(PAYMENT_OFFICER), PAYMENT_REFUSED,
                entitlement(), s -> json(post("/api/payments/entitlements/" + s.entitlement + "/stop"),
                        "{\"lastPaidMonth\":\"2016-06\",\"reason\":\"MOVED_AWAY\"}"), 200);
        api("POST /api/payments/entitlements/{id}/coefficient", "change coefficient", Scope.COMMUNE, roles(PAYMENT_OFFICER),
                PAYMENT_REFUSED, entitlement(), s -> json(post("/api/payments/entitlements/" + s.entitlement + "/coefficient"),
                        "{\"fromMonth\":\"2016-01\",\"coefficient\":1.5}"), 200);
        api("POST /api/payments/deaths", "record death", Scope.COMMUNE, roles(COMMUNE_OFFICER, ADMIN), HOUSEHOLD_REFUSED,
                household(), s -> json(post("/api/payments/deaths"),
                        "{\"householdId\":" + s.household + ",\"memberId\":" + s.member + ",\"diedOn\":\"2016-10-05\"}"), 200);
    }

    private void paymentPages() {
        page("POST /payments/cycles", "generate cycle (page)", Scope.DISTRICT, roles(PAYMENT_OFFICER), PAYMENT_REFUSED,
                month(), s -> post("/payments/cycles").param("month", s.month).param("districtCode", "336"));
        for (String action : List.of("regenerate", "approve")) {
            page("POST /payments/cycles/{id}/{action:regenerate|approve|close}", action + " cycle (page)", Scope.DISTRICT,
                    roles(PAYMENT_OFFICER), PAYMENT_REFUSED, generated(), s -> post("/payments/cycles/" + s.cycle + "/" + action));
        }
        page("POST /payments/cycles/{id}/{action:regenerate|approve|close}", "close cycle (page)", Scope.DISTRICT,
                roles(PAYMENT_OFFICER), PAYMENT_REFUSED, closable(), s -> post("/payments/cycles/" + s.cycle + "/close"));
        page("POST /payments/cycles/{id}/confirmation", "confirmation file (page)", Scope.DISTRICT, roles(PAYMENT_OFFICER),
                PAYMENT_REFUSED, exported(), s -> multipart("/payments/cycles/" + s.cycle + "/confirmation").file(confirmationFile(s)));
        page("POST /payments/deaths", "record death (page)", Scope.COMMUNE, roles(COMMUNE_OFFICER, ADMIN), HOUSEHOLD_REFUSED,
                household(), s -> post("/payments/deaths").param("householdId", String.valueOf(s.household))
                        .param("memberId", String.valueOf(s.member)).param("diedOn", "2016-10-05"));
    }

    private static MockMultipartFile surveyFile() {
        String name = "Ma Trận Nhập " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        return new MockMultipartFile("file", "ho.csv", "text/csv", ("Mã hộ trong phiếu,Họ và tên,Giới tính,Ngày sinh,"
                + "Quan hệ với chủ hộ\nA," + name + ",Nam,01/01/1960,Chủ hộ\n").getBytes(StandardCharsets.UTF_8));
    }

    private Fixture none() {
        return new Fixture("none", Subject::new);
    }

    private Fixture household() {
        return new Fixture("household", f::household);
    }

    private Fixture householdChild() {
        return new Fixture("household child", f::householdChild);
    }

    private Fixture deceased() {
        return new Fixture("deceased head", f::deceased);
    }

    private Fixture demo() {
        return new Fixture("demo household", f::demoHousehold);
    }

    private Fixture caseAt(String step) {
        return new Fixture("case at " + step, () -> f.caseAt(step));
    }

    private Fixture decided() {
        return new Fixture("approved case", f::approvedCase);
    }

    private Fixture appealed() {
        return new Fixture("appeal under review", f::appealUnderReview);
    }

    private Fixture month() {
        return new Fixture("fresh month", f::freshMonth);
    }

    private Fixture generated() {
        return new Fixture("generated cycle", f::generatedCycle);
    }

    private Fixture exported() {
        return new Fixture("exported cycle", f::exportedCycle);
    }

    private Fixture closable() {
        return new Fixture("closable cycle", f::closableCycle);
    }

    private Fixture entitlement() {
        return new Fixture("entitlement", f::entitlement);
    }

    private static MockMultipartFile confirmationFile(Subject s) {
        return new MockMultipartFile("file", "xacnhan.csv", "text/csv",
                MatrixFixtures.confirmation(List.of(s.lineKey)).getBytes(StandardCharsets.UTF_8));
    }

    private static Set<Role> roles(Role first, Role... more) {
        return EnumSet.of(first, more);
    }

    private static String body(MvcResult r) {
        try {
            return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An API row succeeds with its status; a page row redirects with a "saved" message and no error. */
    private Row api(String mapping, String name, Scope scope, Set<Role> allowed, String notFoundAudit, Fixture fixture,
                    Function<Subject, AbstractMockHttpServletRequestBuilder<?>> request, int status) {
        return new Row(mapping, name, false, scope, allowed, notFoundAudit, fixture, request, status);
    }

    private Row page(String mapping, String name, Scope scope, Set<Role> allowed, String notFoundAudit, Fixture fixture,
                     Function<Subject, AbstractMockHttpServletRequestBuilder<?>> request) {
        return new Row(mapping, name, true, scope, allowed, notFoundAudit, fixture, request, 302)
                .then(r -> {
                    assertThat(r.getFlashMap().get("error")).as("error").isNull();
                    assertThat(r.getFlashMap().get("errorText")).as("error").isNull();
                });
    }

    /** One row of the table, refined in place by {@code then} and {@code override}. */
    private final class Row {
        private final int index;

        Row(String mapping, String name, boolean page, Scope scope, Set<Role> allowed, String notFoundAudit,
            Fixture fixture, Function<Subject, AbstractMockHttpServletRequestBuilder<?>> request, int status) {
            this.index = rows.size();
            rows.add(new Endpoint(mapping, name, page, scope, allowed, notFoundAudit, fixture, request, status, r -> { },
                    Map.of()));
        }

        Row then(Consumer<MvcResult> check) {
            rows.set(index, rows.get(index).checking(check));
            return this;
        }

        Row override(String username, int status, String audit) {
            rows.set(index, rows.get(index).overriding(username, new Expect(status, audit)));
            return this;
        }
    }
}
