package vn.ansinh.demo;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdForm;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.identity.UserAccounts;

/**
 * The demo province seeded once per test run into two districts no other test uses (338 and 340), each commune a
 * copy of Nguyên Xá's 50 demo households (without CCCD), with the same seed; its users exist, password = username.
 */
final class DemoProvinceFixture {

    static DemoProvince.Area a;
    static DemoProvince.Area b;
    static DemoProvince.Summary first;
    static DemoProvince.Summary second;
    /** A third copy, in district 343 (Kiến Xương), where the browser journeys act without moving the copies compared above. */
    static DemoProvince.Area journeys;
    static DemoProvince.Summary journeysSeeded;
    /** This year's campaign and the journeys' commune's re-evaluation flags, seeded for the journeys. */
    static DemoReviewYear.Seeded journeysReview;

    private DemoProvinceFixture() {
    }

    static synchronized void seed(ApplicationContext context) {
        if (first != null) {
            return;
        }
        Geography geography = context.getBean(Geography.class);
        String communeA = geography.communesOf("338").get(0).code();
        String communeB = geography.communesOf("340").get(0).code();
        copyRegister(context, "12730", communeA);
        copyRegister(context, "12730", communeB);
        a = new DemoProvince.Area(communeA, "338", "demotest.canbo.a", "demotest.duyet.a", "demotest.chitra.a");
        b = new DemoProvince.Area(communeB, "340", "demotest.canbo.b", "demotest.duyet.b", "demotest.chitra.b");
        UserAccounts accounts = context.getBean(UserAccounts.class);
        for (DemoProvince.Area area : List.of(a, b)) {
            accounts.createIfAbsent(area.officer(), area.officer(), "Cán bộ xã thử", Role.COMMUNE_OFFICER,
                    Jurisdiction.commune(area.commune()));
            accounts.createIfAbsent(area.approver(), area.approver(), "Lãnh đạo phòng thử", Role.DISTRICT_APPROVER,
                    Jurisdiction.district(area.district()));
            accounts.createIfAbsent(area.payer(), area.payer(), "Cán bộ chi trả thử", Role.PAYMENT_OFFICER,
                    Jurisdiction.district(area.district()));
        }
        DemoProvince province = context.getBean(DemoProvince.class);
        first = province.seedOnce(List.of(a), List.of(communeA), DemoProvince.SEED).orElseThrow();
        second = province.seedOnce(List.of(b), List.of(communeB), DemoProvince.SEED).orElseThrow();
    }

    /** The demo province once more, for the people who act on it in Chromium (a meeting recorded, a case approved). */
    static synchronized void seedJourneys(ApplicationContext context) {
        if (journeys != null) {
            return;
        }
        String commune = context.getBean(Geography.class).communesOf("343").get(0).code();
        copyRegister(context, "12730", commune);
        DemoProvince.Area area = new DemoProvince.Area(commune, "343", "demotest.canbo.j", "demotest.duyet.j", "demotest.chitra.j");
        UserAccounts accounts = context.getBean(UserAccounts.class);
        accounts.createIfAbsent(area.officer(), area.officer(), "Nguyễn Thị Hành (cán bộ xã)", Role.COMMUNE_OFFICER,
                Jurisdiction.commune(commune));
        accounts.createIfAbsent(area.approver(), area.approver(), "Trần Văn Duyệt (lãnh đạo phòng)", Role.DISTRICT_APPROVER,
                Jurisdiction.district("343"));
        accounts.createIfAbsent(area.payer(), area.payer(), "Lê Thị Chi (cán bộ chi trả)", Role.PAYMENT_OFFICER,
                Jurisdiction.district("343"));
        DemoProvince province = context.getBean(DemoProvince.class);
        journeysSeeded = province.seedOnce(List.of(area), List.of(commune), DemoProvince.SEED).orElseThrow();
        // another class's campaign left open (the role matrix's refused cells) is closed first, as CampaignTests do
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("update review_campaign set status = 'CLOSED', closed_at = now() where status = 'OPEN'");
        journeysReview = province.reviewYear(List.of(area));
        journeys = area;
    }

    /**
     * After the journeys: the campaign of the year, province-wide over every test's households, is closed and the cases
     * it opened withdrawn with their processes ended, so that the one-open-case rule of other tests' households is as
     * it was (CampaignTests clean up the same way).
     */
    static synchronized void endReviewYear(ApplicationContext context) {
        if (journeysReview == null || journeysReview.campaignId() == null) {
            return;
        }
        long id = journeysReview.campaignId();
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        org.flowable.engine.RuntimeService runtime = context.getBean(org.flowable.engine.RuntimeService.class);
        jdbc.update("update review_campaign set status = 'CLOSED', closed_at = now() where id = ? and status = 'OPEN'", id);
        for (java.util.Map<String, Object> c : jdbc.queryForList("select c.id, c.process_instance_id from review_campaign_household h"
                + " join casework_case c on c.id = h.case_id where h.campaign_id = ? and not h.taken_up and c.status in"
                + " ('ASSESSMENT', 'NOT_ELIGIBLE', 'VILLAGE_MEETING', 'POSTING', 'RE_VERIFICATION', 'APPROVAL')", id)) {
            String instance = (String) c.get("process_instance_id");
            if (instance != null && runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
                runtime.deleteProcessInstance(instance, "test clean-up");
            }
            jdbc.update("update casework_case set status = 'CLOSED' where id = ?", c.get("id"));
        }
        journeysReview = null;
    }

    private static void copyRegister(ApplicationContext context, String from, String to) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        HouseholdManagement households = context.getBean(HouseholdManagement.class);
        AssessmentManagement assessments = context.getBean(AssessmentManagement.class);
        for (long id : jdbc.queryForList("select id from household where commune_code = ? order by id", Long.class, from)) {
            HouseholdView view = households.findWithin(id, Jurisdiction.province()).orElseThrow();
            HouseholdForm form = HouseholdForm.from(view);
            form.setCommuneCode(to);
            form.setVersion(null);
            form.getMembers().forEach(m -> {
                m.setId(null);
                m.setCccd(null);
            });
            HouseholdView copy = households.importInto(to, form);
            AssessmentForm survey = AssessmentForm.from(assessments.latest(id).orElseThrow());
            assessments.recordUnchecked(copy.id(), survey, "demo-test");
        }
    }
}
