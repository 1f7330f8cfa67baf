package vn.ansinh.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.household.HouseholdForm;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberForm;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.household.PovertyYears;
import vn.ansinh.household.Relation;
import vn.ansinh.household.Sex;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.identity.UserAccounts;

/**
 * A small known register in huyện Tiền Hải (342), where no other test registers households: each household with
 * its official status by year, its members, its surveyed housing and who receives a monthly allowance. The
 * expected figures are computed from these definitions, never written down.
 */
final class PlanFixture {

    static final String DISTRICT = "342";
    static final String COMMUNE = "12976";
    static final String OTHER_COMMUNE = "12979";
    static final LocalDate SURVEYED = LocalDate.of(2014, 6, 1);
    static final LocalDate ALLOWANCE_FROM = LocalDate.of(2016, 1, 1);

    record M(int birthYear, boolean merit, boolean pension, boolean allowance) {
        static M of(int birthYear) {
            return new M(birthYear, false, false, false);
        }

        boolean livingAt(int year) {
            return birthYear <= year;
        }
    }

    record H(String commune, Map<Integer, PovertyStatus> statuses, List<M> members, HousingCondition housing) {

        PovertyStatus statusAt(int year) {
            PovertyStatus s = PovertyStatus.NONE;
            for (var e : new TreeMap<>(statuses).entrySet()) {
                if (e.getKey() <= year) {
                    s = e.getValue();
                }
            }
            return s;
        }

        boolean poorAt(int year) {
            return statusAt(year) == PovertyStatus.POOR;
        }

        boolean merit() {
            return members.stream().anyMatch(M::merit);
        }

        List<M> livingAt(int year) {
            return members.stream().filter(m -> m.livingAt(year)).toList();
        }
    }

    static final PovertyStatus POOR = PovertyStatus.POOR;
    static final PovertyStatus NEAR = PovertyStatus.NEAR_POOR;
    static final PovertyStatus NONE = PovertyStatus.NONE;

    static final List<H> HOUSEHOLDS = List.of(
            new H(COMMUNE, Map.of(2012, POOR, 2014, NONE), List.of(M.of(1970), M.of(1995)), HousingCondition.SOUND),
            new H(COMMUNE, Map.of(2012, POOR, 2016, POOR, 2022, NONE), List.of(new M(1950, true, false, false), M.of(1980)),
                    HousingCondition.SOUND),
            new H(COMMUNE, Map.of(2012, NONE, 2015, POOR, 2016, NEAR), List.of(M.of(1985), M.of(2018)),
                    HousingCondition.DAMAGED_NEEDS_REPAIR),
            new H(COMMUNE, Map.of(2012, NEAR, 2021, POOR), List.of(new M(1960, false, true, false), M.of(1962)),
                    HousingCondition.SOUND),
            new H(COMMUNE, Map.of(2012, NONE), List.of(new M(1940, false, false, true), M.of(1975)), HousingCondition.SOUND),
            new H(COMMUNE, Map.of(2012, POOR, 2013, NONE, 2016, POOR), List.of(M.of(1990), new M(2010, false, false, true)),
                    HousingCondition.NO_HOUSE),
            new H(COMMUNE, Map.of(2012, NONE), List.of(new M(1948, true, false, false)), HousingCondition.SOUND),
            new H(COMMUNE, Map.of(2012, NONE), List.of(new M(1952, true, false, false), M.of(1955)),
                    HousingCondition.MAKESHIFT_DILAPIDATED),
            new H(OTHER_COMMUNE, Map.of(2012, POOR), List.of(M.of(1970)), HousingCondition.SOUND),
            new H(OTHER_COMMUNE, Map.of(2012, NONE), List.of(M.of(1980), M.of(2016)), HousingCondition.SOUND));

    private PlanFixture() {
    }

    static List<H> in(String commune) {
        return HOUSEHOLDS.stream().filter(h -> h.commune().equals(commune)).toList();
    }

    static final String OFFICER = "canbo.dongtra";
    private static boolean loaded;

    /** Loads the register once for every test class of the shared context, and recomputes the counts. */
    static synchronized void ensureLoaded(org.springframework.context.ApplicationContext context) {
        if (loaded) {
            return;
        }
        load(context.getBean(HouseholdManagement.class), context.getBean(AssessmentManagement.class),
                context.getBean(PovertyYears.class), context.getBean(JdbcTemplate.class));
        context.getBean(UserAccounts.class).createIfAbsent(OFFICER, OFFICER, "Cán bộ Đông Trà", Role.COMMUNE_OFFICER, Jurisdiction.commune(COMMUNE));
        context.getBean(PlanTracking.class).recomputeUnchecked(2012, 2022);
        loaded = true;
    }

    private static void load(HouseholdManagement households, AssessmentManagement assessments, PovertyYears years,
                     JdbcTemplate jdbc) {
        int n = 0;
        for (H h : HOUSEHOLDS) {
            HouseholdForm form = new HouseholdForm();
            form.setHeadName("Phạm Văn Kế " + (++n));
            form.setVillage("Thôn Kế Hoạch");
            form.setAddress("Số " + n);
            List<MemberForm> members = new ArrayList<>();
            for (int i = 0; i < h.members().size(); i++) {
                M m = h.members().get(i);
                MemberForm f = new MemberForm();
                f.setFullName(i == 0 ? form.getHeadName() : "Phạm Thị Con " + n + "." + i);
                f.setSex(i % 2 == 0 ? Sex.MALE : Sex.FEMALE);
                f.setBirthDate(LocalDate.of(m.birthYear(), 1, 15));
                f.setRelation(i == 0 ? Relation.HEAD : Relation.CHILD);
                f.setMeritCategories(m.merit() ? List.of("MC07") : List.of());
                f.setInjuryRate(m.merit() ? 41 : null);
                f.setHasPension(m.pension());
                members.add(f);
            }
            form.setMembers(members);
            HouseholdView view = households.importInto(h.commune(), form);
            AssessmentForm survey = new AssessmentForm();
            survey.setAssessedOn(SURVEYED);
            survey.setMonthlyIncomePerCapita(2_000_000L);
            survey.setHousingCondition(h.housing());
            assessments.recordUnchecked(view.id(), survey, "test");
            h.statuses().forEach((year, status) -> years.record(view.id(), year, status, null, LocalDate.of(year, 12, 1),
                    PovertyYears.ANNUAL_REVIEW));
            for (int i = 0; i < h.members().size(); i++) {
                if (h.members().get(i).allowance()) {
                    jdbc.update("""
                            insert into entitlement(household_id, member_id, beneficiary_name, commune_code, district_code,
                                program, category, kind, start_month, status)
                            values (?, ?, ?, ?, ?, 'SOCIAL_ALLOWANCE', 'SA5a', 'MONTHLY', ?, 'ACTIVE')""",
                            view.id(), view.members().get(i).id(), view.members().get(i).fullName(), h.commune(), DISTRICT,
                            Date.valueOf(ALLOWANCE_FROM));
                }
            }
        }
    }
}
