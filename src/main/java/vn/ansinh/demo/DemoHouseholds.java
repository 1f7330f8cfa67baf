package vn.ansinh.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ansinh.assessment.AssessmentForm;
import vn.ansinh.assessment.AssessmentManagement;
import vn.ansinh.assessment.HousingCondition;
import vn.ansinh.household.Disability;
import vn.ansinh.household.HouseholdForm;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;
import vn.ansinh.household.MemberForm;
import vn.ansinh.household.OrphanCase;
import vn.ansinh.household.Relation;
import vn.ansinh.household.Sex;

/** Seeds a few hundred households, the same ones on every machine (fixed random seed), when the register is empty. */
@Component
class DemoHouseholds {

    /** Lê Hồng Phong, Bồ Xuyên, Vũ Phúc (TP Thái Bình); Vũ Hội, Hòa Bình (Vũ Thư); Nguyên Xá (Đông Hưng). */
    static final List<String> COMMUNES = List.of("12433", "12436", "12466", "13255", "13258", "12730");
    static final int PER_COMMUNE = 50;
    static final LocalDate SURVEY_DAY = LocalDate.of(2026, 9, 15);

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Quang", "Minh", "Hữu"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Thu", "Ngọc", "Thanh", "Kim"};
    private static final String[] GIVEN_MALE = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Việt"};
    private static final String[] GIVEN_FEMALE = {"Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Oanh", "Thảo", "Yến"};
    private static final String[] VILLAGES = {"Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Tổ dân phố 1", "Tổ dân phố 2"};

    private static final Logger log = LoggerFactory.getLogger(DemoHouseholds.class);

    private final HouseholdManagement households;
    private final AssessmentManagement assessments;
    private final boolean demo;
    private int serial;

    DemoHouseholds(HouseholdManagement households, AssessmentManagement assessments,
                   @Value("${ansinh.demo-data}") boolean demo) {
        this.households = households;
        this.assessments = assessments;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void seed() {
        if (!demo || households.count() > 0) {
            return;
        }
        Random random = new Random(20_130_615L);
        for (String commune : COMMUNES) {
            for (int i = 0; i < PER_COMMUNE; i++) {
                HouseholdView household = households.importInto(commune, household(random));
                assessments.recordUnchecked(household.id(), survey(random), "demo");
            }
        }
        log.info("Demo register: {} households in {} communes", COMMUNES.size() * PER_COMMUNE, COMMUNES.size());
    }

    private HouseholdForm household(Random random) {
        HouseholdForm form = new HouseholdForm();
        String family = pick(random, FAMILY);
        form.setVillage(pick(random, VILLAGES));
        form.setAddress("Số " + (1 + random.nextInt(200)) + ", " + form.getVillage());
        form.setAgricultural(random.nextInt(3) > 0);
        List<MemberForm> members = new ArrayList<>();
        boolean headMale = random.nextInt(4) > 0;
        MemberForm head = member(random, family, headMale, LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)), Relation.HEAD);
        members.add(head);
        if (random.nextInt(5) > 0) {
            members.add(member(random, pick(random, FAMILY), !headMale, head.getBirthDate().plusYears(random.nextInt(5) - 2), Relation.SPOUSE));
        }
        int children = random.nextInt(4);
        for (int c = 0; c < children; c++) {
            LocalDate birth = head.getBirthDate().plusYears(22 + random.nextInt(20)).plusDays(random.nextInt(300));
            if (birth.isAfter(SURVEY_DAY)) {
                birth = SURVEY_DAY.minusYears(1 + random.nextInt(15));
            }
            MemberForm child = member(random, family, random.nextBoolean(), birth, Relation.CHILD);
            child.setStudying(SURVEY_DAY.getYear() - birth.getYear() < 22 && random.nextInt(4) > 0);
            members.add(child);
        }
        if (random.nextInt(30) == 0) {
            MemberForm orphan = member(random, family, random.nextBoolean(), SURVEY_DAY.minusYears(2 + random.nextInt(12)), Relation.GRANDCHILD);
            orphan.setOrphanCase(OrphanCase.BOTH_PARENTS_DEAD);
            members.add(orphan);
        }
        form.setHeadName(head.getFullName());
        form.setMembers(members);
        return form;
    }

    private MemberForm member(Random random, String family, boolean male, LocalDate birth, Relation relation) {
        MemberForm member = new MemberForm();
        member.setFullName(family + " " + (male ? pick(random, MIDDLE_MALE) : pick(random, MIDDLE_FEMALE)) + " "
                + (male ? pick(random, GIVEN_MALE) : pick(random, GIVEN_FEMALE)));
        member.setSex(male ? Sex.MALE : Sex.FEMALE);
        member.setBirthDate(birth);
        member.setRelation(relation);
        if (SURVEY_DAY.getYear() - birth.getYear() >= 14) {
            member.setCccd(cccd(male, birth));
        }
        int roll = random.nextInt(40);
        member.setDisability(roll == 0 ? Disability.ESPECIALLY_SEVERE : roll < 3 ? Disability.SEVERE : roll < 5 ? Disability.MILD : Disability.NONE);
        member.setCaredForByHousehold(member.getDisability() == Disability.ESPECIALLY_SEVERE);
        if (birth.getYear() < 1960 && random.nextInt(6) == 0) {
            boolean warInvalid = random.nextBoolean();
            member.setMeritCategories(List.of(warInvalid ? "MC07" : "MC11"));
            member.setInjuryRate(warInvalid ? 21 + random.nextInt(60) : null);
        }
        member.setHasPension(birth.getYear() < 1966 && random.nextInt(3) == 0);
        member.setHasObligedSupporter(random.nextInt(3) > 0);
        return member;
    }

    /** A 12-digit CCCD: province 034, century-and-sex digit, year of birth, a serial. */
    private String cccd(boolean male, LocalDate birth) {
        int centurySex = (birth.getYear() >= 2000 ? 2 : 0) + (male ? 0 : 1);
        return String.format("034%d%02d%06d", centurySex, birth.getYear() % 100, ++serial);
    }

    private static AssessmentForm survey(Random random) {
        AssessmentForm form = new AssessmentForm();
        form.setAssessedOn(SURVEY_DAY);
        long income = 600_000L + 100_000L * random.nextInt(30);
        form.setMonthlyIncomePerCapita(income);
        List<String> deprivations = new ArrayList<>();
        for (int e = 1; e <= 12; e++) {
            if (random.nextInt(income < 1_600_000 ? 4 : 10) == 0) {
                deprivations.add("E" + e);
            }
        }
        form.setDeprivations(deprivations);
        int house = random.nextInt(20);
        form.setHousingCondition(house == 0 ? HousingCondition.COLLAPSED_OR_HEAVILY_DAMAGED
                : house == 1 ? HousingCondition.DAMAGED_NEEDS_REPAIR : house == 2 ? HousingCondition.MAKESHIFT_DILAPIDATED
                : HousingCondition.SOUND);
        form.setResidenceRegisteredOn(LocalDate.of(1995 + random.nextInt(20), 1, 1));
        form.setSeparatedSince(form.getResidenceRegisteredOn());
        return form;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
