package vn.ansinh.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ansinh.common.Formats;
import vn.ansinh.common.access.Role;
import vn.ansinh.eligibility.EligibilityManagement;
import vn.ansinh.assessment.AssessmentView;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.support.SignedIn;

/**
 * Appeals driven through the real appealReview process on PostgreSQL with Flowable and the real rules: each
 * outcome, its effect on the entitlement exactly once, the deadline, and the refusals.
 */
class AppealProcessTests extends CaseProcessTest {

    @Autowired AppealWorkflow appeals;
    @Autowired Appeals appealRows;
    @Autowired EligibilityManagement eligibility;
    @Autowired TransactionTemplate tx;
    @Autowired vn.ansinh.payment.cycle.CycleService cycles;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;
    @Value("${ansinh.rules.dir:rules}") String rulesDir;
    @TempDir Path tmp;

    private static final String PAYMENT_OFFICER = "chitra.tpthaibinh";
    private static final String GROUNDS = "Hộ cho rằng quyết định chưa đúng với hoàn cảnh";

    @Test
    void anUpheldAppealRunsItsOwnProcessWithAWorkingDayDeadlineAndChangesNothing() throws Exception {
        long caseId = approvedAllowanceCase();
        Case decided = reload(caseId);
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        Appeal lodged = appealRows.findById(appealId).orElseThrow();
        assertThat(lodged.status()).isEqualTo(AppealStatus.REVIEW);
        assertThat(lodged.receivedOn()).isEqualTo(new CaseClock(engine).today());
        assertThat(lodged.dueOn()).isEqualTo(CaseRules.load(Path.of(rulesDir)).calendar()
                .addWorkingDays(lodged.receivedOn(), 30));
        // 30 working days are more than six calendar weeks (weekends; 18/04 and 30/04–01/05/2024 are holidays)
        assertThat(lodged.dueOn()).isAfter(lodged.receivedOn().plusWeeks(6));
        assertThat(lodged.reviewerGroup()).isEqualTo("approver:district:" + DISTRICT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(lodged.processInstanceId())
                .taskCandidateGroup("approver:district:" + DISTRICT).singleResult().getTaskDefinitionKey())
                .isEqualTo("reviewAppeal");
        // one open appeal per case
        assertThatThrownBy(() -> appeals.lodge(caseId, null, GROUNDS, OFFICER))
                .isInstanceOfSatisfying(CaseTransitionRefused.class, e -> assertThat(e.code()).isEqualTo("appeal.duplicate"));

        appeals.decide(appealId, null, AppealOutcome.UPHELD, "Quyết định đúng quy định", APPROVER);
        Appeal upheld = appealRows.findById(appealId).orElseThrow();
        assertThat(upheld.status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(upheld.effect()).isNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(upheld.processInstanceId())
                .count()).isZero();
        assertThat(effects(appealId)).isZero();
        assertThat(jdbc.queryForObject("select status from entitlement where source_case_id = ?", String.class, caseId))
                .isEqualTo("ACTIVE");
        assertThat(reload(caseId).status()).isEqualTo(decided.status());
        // a decided appeal is not decided again
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.CHANGED, "lần hai", APPROVER))
                .isInstanceOfSatisfying(CaseTransitionRefused.class, e -> assertThat(e.code()).isEqualTo("appeal.decided"));
        assertThat(queries.find(caseId, OFFICER).orElseThrow().timeline()).extracting(CaseView.Step::action)
                .containsSubsequence("APPROVED", "APPEAL_LODGED", "APPEAL_UPHELD");
        assertThat(page("/cases/" + caseId, OFFICER, Role.COMMUNE_OFFICER))
                .contains("/appeals/" + appealId, "Giữ nguyên quyết định", "id=\"appeal-form\"");
        assertThat(page("/appeals", APPROVER, Role.DISTRICT_APPROVER)).contains("data-appeal=\"" + appealId + "\"",
                CaseReference.of(caseId, decided.decidedOn()));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action in ('APPEAL_LODGED', 'APPEAL_UPHELD')"
                + " and subject_type = 'Appeal' and subject_id = ?", Long.class, String.valueOf(appealId))).isEqualTo(2);
    }

    @Test
    void aRefusedCaseChangedOnAppealStartsItsEntitlementExactlyOnce() throws Exception {
        long caseId = allowanceCaseAtApproval();
        workflow.reject(caseId, null, APPROVER, "chưa đủ giấy tờ");
        Case rejected = reload(caseId);
        assertThat(rejected.decision().eligible()).isTrue();
        assertThat(entitlements(caseId)).isZero();
        long appealId = appeals.lodge(caseId, rejected.decidedOn(), GROUNDS, OFFICER);

        appeals.decide(appealId, null, AppealOutcome.CHANGED, "Hộ đủ điều kiện theo quy tắc hiện hành", APPROVER);
        Appeal changed = appealRows.findById(appealId).orElseThrow();
        assertThat(changed.status()).isEqualTo(AppealStatus.CHANGED);
        assertThat(changed.effect()).isEqualTo(AppealEffect.START);
        assertThat(entitlements(caseId)).isEqualTo(1);
        Map<String, Object> e = jdbc.queryForMap("select status, start_month from entitlement where source_case_id = ?", caseId);
        assertThat(e.get("status")).isEqualTo("ACTIVE");
        // counted from the month of the original decision
        assertThat(e.get("start_month").toString()).isEqualTo(rejected.decidedOn().withDayOfMonth(1).toString());
        assertThat(effects(appealId)).isEqualTo(1);
        assertThat(page("/appeals/" + appealId, OFFICER, Role.COMMUNE_OFFICER)).contains("id=\"appeal-effect\"",
                "Bắt đầu hưởng, tính từ tháng " + Formats.month(java.time.YearMonth.from(rejected.decidedOn())));

        // the same event delivered again, and a second decision, change nothing
        tx.executeWithoutResult(s -> appeals.announceChange(appealId));
        assertThat(entitlements(caseId)).isEqualTo(1);
        assertThat(effects(appealId)).isEqualTo(1);
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.CHANGED, "lần hai", APPROVER))
                .isInstanceOf(CaseTransitionRefused.class);
        assertThat(entitlements(caseId)).isEqualTo(1);
    }

    @Test
    void changingADecisionThatTodaysRulesDecideAlikeIsRefused() throws Exception {
        long caseId = approvedAllowanceCase();
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.CHANGED, "sửa", APPROVER))
                .isInstanceOfSatisfying(CaseTransitionRefused.class,
                        e -> assertThat(e.code()).isEqualTo("appeal.changed.noDifference"));
        assertThat(appealRows.findById(appealId).orElseThrow().status()).isEqualTo(AppealStatus.REVIEW);
        assertThat(effects(appealId)).isZero();
    }

    @Test
    void underARuleSetThatNoLongerGrantsItTheChangedDecisionStopsTheAllowanceOnce() throws Exception {
        long caseId = approvedAllowanceCase();
        LocalDate decidedOn = reload(caseId).decidedOn();
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        // the oldest-age category from 90 instead of 80: an 86-year-old of a household that is not poor no longer qualifies
        underRules(copyWith("parameters/social_allowance/conditions.yaml",
                "    - from: 2021-07-01\n      value: 80", "    - from: 2021-07-01\n      value: 90"), () -> {
            CaseView.Rerun rerun = queries.rerun(caseId, APPROVER).orElseThrow();
            assertThat(rerun.sameRuleSet()).isFalse();
            assertThat(rerun.asDecided().eligible()).isTrue();
            assertThat(rerun.underTodaysRules().eligible()).isFalse();
            appeals.decide(appealId, null, AppealOutcome.CHANGED, "Theo quy tắc hiện hành không còn đủ điều kiện", APPROVER);
        });
        assertThat(appealRows.findById(appealId).orElseThrow().effect()).isEqualTo(AppealEffect.STOP);
        Map<String, Object> e = jdbc.queryForMap("select status, end_month from entitlement where source_case_id = ?", caseId);
        assertThat(e.get("status")).isEqualTo("ENDED");
        assertThat(e.get("end_month").toString()).isEqualTo(decidedOn.withDayOfMonth(1).toString());
        tx.executeWithoutResult(s -> appeals.announceChange(appealId));
        assertThat(effects(appealId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from entitlement where source_case_id = ?", String.class, caseId))
                .isEqualTo("ENDED");
    }

    @Test
    void aHigherAmountUnderTodaysRulesChangesTheAllowanceAndOwesTheArrearsOnce() throws Exception {
        long caseId = approvedAllowanceCase();
        long before = reload(caseId).decision().monthlyAmount();
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        underRules(copyWith("parameters/social_allowance/base_level.yaml", "value: 360000", "value: 400000"), () -> {
            CaseView.Rerun rerun = queries.rerun(caseId, APPROVER).orElseThrow();
            assertThat(rerun.underTodaysRules().monthlyAmount()).isGreaterThan(before);

            // the reviewer's page shows the decision as decided and under today's rules side by side
            String page = page("/appeals/" + appealId, APPROVER, Role.DISTRICT_APPROVER);
            assertThat(page).contains("id=\"rerun-as-decided\"", "id=\"rerun-today\"", "id=\"rerun-changed\"",
                    Formats.vnd(before), Formats.vnd(rerun.underTodaysRules().monthlyAmount()),
                    "id=\"appeal-decision-form\"", "Giữ nguyên quyết định", "Sửa theo quy tắc hiện hành");
            assertThat(page).doesNotContain(">SENT_BACK<", ">REVIEW<", ">SOCIAL_ALLOWANCE<");
            // the commune officer sees it, without the reviewer's form
            assertThat(page("/appeals/" + appealId, OFFICER, Role.COMMUNE_OFFICER))
                    .contains("id=\"rerun-today\"").doesNotContain("id=\"appeal-decision-form\"");

            mvc.perform(post("/appeals/" + appealId + "/decision").with(csrf())
                            .with(DecisionPaperTests.signedIn(APPROVER, Role.DISTRICT_APPROVER))
                            .param("outcome", "CHANGED").param("reason", "Mức chuẩn mới áp dụng"))
                    .andExpect(status().is3xxRedirection());
        });
        Appeal changed = appealRows.findById(appealId).orElseThrow();
        assertThat(changed.effect()).isEqualTo(AppealEffect.ARREARS);
        long after = changed.effectMonthly();
        Map<String, Object> effect = jdbc.queryForMap("select arrears_months, arrears_amount from payment_appeal_effect"
                + " where appeal_id = ?", appealId);
        int months = ((Number) effect.get("arrears_months")).intValue();
        assertThat(months).isPositive();
        assertThat(((Number) effect.get("arrears_amount")).longValue()).isEqualTo((after - before) * months);
        tx.executeWithoutResult(s -> appeals.announceChange(appealId));
        assertThat(effects(appealId)).isEqualTo(1);

        // the arrears are paid as one line by the cycle of the appeal's month, and regenerating adds no second one
        YearMonth month = YearMonth.from(changed.decidedOn());
        SignedIn.as(users, PAYMENT_OFFICER, () -> cycles.generate(DISTRICT, month, PAYMENT_OFFICER));
        SignedIn.as(users, PAYMENT_OFFICER, () -> cycles.generate(DISTRICT, month, PAYMENT_OFFICER));
        List<Map<String, Object>> lines = jdbc.queryForList("select kind, amount, month from payment_line"
                + " where idempotency_key = ?", "AP" + appealId);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("kind")).isEqualTo("ARREARS");
        assertThat(((Number) lines.get(0).get("amount")).longValue()).isEqualTo((after - before) * months);
        assertThat(lines.get(0).get("month").toString()).isEqualTo(month.atDay(1).toString());
    }

    @Test
    void aCaseReAssessedAfterAnAppealReplacesTheAllowanceInsteadOfPayingItTwice() throws Exception {
        long caseId = approvedAllowanceCase();
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        appeals.decide(appealId, null, AppealOutcome.SENT_BACK, "Cần thẩm tra lại thu nhập của hộ", APPROVER);
        long reassessment = appealRows.findById(appealId).orElseThrow().reassessmentCaseId();

        clockAt(LocalDateTime.of(2024, 6, 10, 9, 0));
        long householdId = reload(reassessment).householdId();
        HouseholdView view = register.findWithin(householdId, Jurisdiction.province()).orElseThrow();
        AssessmentView survey = new AssessmentView(null, householdId, LocalDate.of(2024, 6, 10), 3_000_000, List.of(),
                HousingCondition.SOUND, false, null, null, false, null, false, OFFICER.username(), Instant.EPOCH);
        assertThat(workflow.submitAssessment(reassessment, null, OFFICER, new CaseSnapshot(view, survey), null)).isTrue();
        workflow.recordMeeting(reassessment, null, OFFICER, new VillageMeeting(LocalDate.of(2024, 6, 10), 3, 2), null);
        fireTimer(reassessment, "postingEnded");
        workflow.approve(reassessment, null, APPROVER, null);
        assertThat(reload(reassessment).status()).isEqualTo(CaseStatus.APPROVED);

        Map<String, Object> first = jdbc.queryForMap("select status, end_month, end_reason from entitlement"
                + " where source_case_id = ?", caseId);
        Map<String, Object> second = jdbc.queryForMap("select status, start_month from entitlement where source_case_id = ?",
                reassessment);
        assertThat(first.get("status")).isEqualTo("ENDED");
        assertThat(first.get("end_reason")).isEqualTo("SUPERSEDED");
        assertThat(first.get("end_month").toString()).isEqualTo("2024-05-01");
        assertThat(second.get("status")).isEqualTo("ACTIVE");
        assertThat(second.get("start_month").toString()).isEqualTo("2024-06-01");
        // one allowance a month for the person: the old one up to May, the new one from June
        Long memberId = reload(caseId).memberId();
        for (YearMonth month : List.of(YearMonth.of(2024, 5), YearMonth.of(2024, 6))) {
            SignedIn.as(users, PAYMENT_OFFICER, () -> cycles.generate(DISTRICT, month, PAYMENT_OFFICER));
            assertThat(jdbc.queryForObject("select count(*) from payment_line l join entitlement e on e.id = l.entitlement_id"
                    + " where e.member_id = ? and l.month = ? and l.kind = 'MONTHLY'", Long.class, memberId,
                    java.sql.Date.valueOf(month.atDay(1)))).as(month.toString()).isEqualTo(1);
        }
    }

    @Test
    void aPovertyDecisionChangedOnAppealChangesTheHouseholdsOfficialStatus() throws Exception {
        long caseId = caseAtApproval();
        workflow.approve(caseId, null, APPROVER, null);
        Case approved = reload(caseId);
        assertThat(approved.decision().povertyStatus()).isEqualTo("POOR");
        assertThat(register.findWithin(approved.householdId(), Jurisdiction.province()).orElseThrow().officialPovertyStatus())
                .isEqualTo(PovertyStatus.POOR);
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        // an income line of 900.000 đ from 2022: the household's 1.000.000 đ a person is above it
        underRules(copyWith("parameters/poverty/income_thresholds.yaml",
                "    - from: 2022-01-01\n      value: 1500000", "    - from: 2022-01-01\n      value: 900000"), () ->
                appeals.decide(appealId, null, AppealOutcome.CHANGED, "Thu nhập của hộ trên chuẩn nghèo", APPROVER));
        Appeal changed = appealRows.findById(appealId).orElseThrow();
        assertThat(changed.effect()).isEqualTo(AppealEffect.STOP);
        PovertyStatus now = register.findWithin(approved.householdId(), Jurisdiction.province()).orElseThrow()
                .officialPovertyStatus();
        assertThat(now).isNotIn(PovertyStatus.POOR, PovertyStatus.NEAR_POOR);
        assertThat(now.name()).isEqualTo(changed.effectCategory());
    }

    @Test
    void anAppealSentBackOpensOneReAssessmentCaseAndLeavesTheEntitlement() throws Exception {
        long caseId = approvedAllowanceCase();
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        appeals.decide(appealId, null, AppealOutcome.SENT_BACK, "Cần thẩm tra lại thu nhập của hộ", APPROVER);
        Appeal sent = appealRows.findById(appealId).orElseThrow();
        assertThat(sent.status()).isEqualTo(AppealStatus.SENT_BACK);
        long reassessment = sent.reassessmentCaseId();
        assertThat(reassessment).isNotEqualTo(caseId);
        assertThat(reload(reassessment).status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(openSteps(reassessment)).containsExactly("assessment");
        assertThat(reload(reassessment).memberId()).isEqualTo(reload(caseId).memberId());
        assertThat(effects(appealId)).isZero();
        assertThat(jdbc.queryForObject("select status from entitlement where source_case_id = ?", String.class, caseId))
                .isEqualTo("ACTIVE");
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.SENT_BACK, "lần hai", APPROVER))
                .isInstanceOf(CaseTransitionRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from casework_case where household_id = ? and status = 'ASSESSMENT'",
                Long.class, reload(caseId).householdId())).isEqualTo(1);
    }

    @Test
    void aLateReviewIsFlaggedOverdueByItsTimer() throws Exception {
        long caseId = approvedAllowanceCase();
        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        String pi = appealRows.findById(appealId).orElseThrow().processInstanceId();
        new FlowableTimers(engine).fire(pi, "appealOverdue");
        assertThat(appealRows.findById(appealId).orElseThrow().overdue()).isTrue();
        assertThat(appeals.list(APPROVER)).filteredOn(a -> a.id() == appealId).singleElement()
                .satisfies(a -> assertThat(a.workingDaysLeft()).isNegative());
        // still open for the reviewer
        appeals.decide(appealId, null, AppealOutcome.UPHELD, "Giữ nguyên", APPROVER);
        assertThat(appealRows.findById(appealId).orElseThrow().overdue()).isFalse();
    }

    @Test
    void appealsAreRefusedOutsideTheRoleTheAreaTheDecisionAndTheTimeLimit() throws Exception {
        long pending = caseAtApproval();
        assertThatThrownBy(() -> appeals.lodge(pending, null, GROUNDS, OFFICER))
                .isInstanceOfSatisfying(CaseTransitionRefused.class, e -> assertThat(e.code()).isEqualTo("appeal.notDecided"));
        long caseId = approvedAllowanceCase();
        assertThatThrownBy(() -> appeals.lodge(caseId, null, GROUNDS, OTHER_OFFICER)).isInstanceOf(CaseNotFound.class);
        assertThatThrownBy(() -> appeals.lodge(caseId, null, GROUNDS, APPROVER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appeals.lodge(caseId, null, " ", OFFICER)).isInstanceOf(CaseTransitionRefused.class);

        long appealId = appeals.lodge(caseId, null, GROUNDS, OFFICER);
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.UPHELD, "x", OFFICER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.UPHELD, "x", OTHER_DISTRICT))
                .isInstanceOf(AppealNotFound.class);
        // the case was decided at the district: the province's approver is not its reviewer
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.UPHELD, "x", PROVINCE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appeals.decide(appealId, null, AppealOutcome.UPHELD, " ", APPROVER))
                .isInstanceOfSatisfying(CaseTransitionRefused.class, e -> assertThat(e.code()).isEqualTo("case.reason.required"));
        assertThat(appealRows.findById(appealId).orElseThrow().status()).isEqualTo(AppealStatus.REVIEW);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'APPEAL_ACCESS_REFUSED'"
                + " and subject_id = ?", Long.class, String.valueOf(appealId))).isPositive();

        // over the API: another commune's officer is 404, an approver lodging is 403, a bad body 400 with the field
        mvc.perform(get("/api/appeals/" + appealId).with(DecisionPaperTests.signedIn(OTHER_OFFICER, Role.COMMUNE_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/cases/" + caseId + "/appeals").with(csrf())
                        .with(DecisionPaperTests.signedIn(APPROVER, Role.DISTRICT_APPROVER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/appeals/" + appealId + "/decision").with(csrf())
                        .with(DecisionPaperTests.signedIn(APPROVER, Role.DISTRICT_APPROVER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"UPHELD\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/appeals/counts").with(DecisionPaperTests.signedIn(APPROVER, Role.DISTRICT_APPROVER)))
                .andExpect(status().isOk());
        assertThat(appeals.counts(APPROVER).get(AppealStatus.REVIEW)).isPositive();
        assertThat(appeals.list(OTHER_DISTRICT)).noneMatch(a -> a.id() == appealId);

        // after the 90 days the household had, an appeal is late
        long other = approvedAllowanceCase();
        LocalDate decided = reload(other).decidedOn();
        clockAt(decided.plusDays(91).atTime(9, 0));
        assertThatThrownBy(() -> appeals.lodge(other, null, GROUNDS, OFFICER))
                .isInstanceOfSatisfying(CaseTransitionRefused.class, e -> assertThat(e.code()).isEqualTo("appeal.late"));
        clockAt(LocalDateTime.of(2024, 3, 6, 9, 0));
    }

    private String page(String path, CaseActor actor, Role role) throws Exception {
        return mvc.perform(get(path).with(DecisionPaperTests.signedIn(actor, role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long entitlements(long caseId) {
        return jdbc.queryForObject("select count(*) from entitlement where source_case_id = ?", Long.class, caseId);
    }

    private long effects(long appealId) {
        return jdbc.queryForObject("select count(*) from payment_appeal_effect where appeal_id = ?", Long.class, appealId);
    }

    /** A copy of the rule set in force with one text of one file replaced (it must occur). */
    private Path copyWith(String file, String from, String to) throws IOException {
        Path source = Path.of(rulesDir);
        Path copy = tmp.resolve("rules");
        try (Stream<Path> all = Files.walk(source)) {
            all.forEach(p -> {
                try {
                    Path target = copy.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Path changed = copy.resolve(file);
        String text = Files.readString(changed);
        assertThat(text).contains(from);
        Files.writeString(changed, text.replace(from, to));
        return copy;
    }

    /** Runs with another rule set in force, then puts the one that was in force back. */
    private void underRules(Path dir, ThrowingRunnable work) throws Exception {
        String label = eligibility.ruleSet().label();
        Path before = eligibility.ruleSetFolder();
        eligibility.activate(dir, "appeal-test");
        try {
            work.run();
        } finally {
            eligibility.activate(before, label);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
