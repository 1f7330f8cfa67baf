package vn.ansinh.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "assessment")
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long householdId;
    private LocalDate assessedOn;
    private long monthlyIncomePerCapita;
    private String deprivations = "";
    @Enumerated(EnumType.STRING)
    private HousingCondition housingCondition = HousingCondition.SOUND;
    private boolean onProvincialMeritHousingList;
    private LocalDate residenceRegisteredOn;
    private LocalDate separatedSince;
    @jakarta.persistence.Column(name = "on_poor_list_2015")
    private boolean onPoorList2015;
    private LocalDate priorHousingSupportOn;
    private boolean disasterDamaged;
    private String recordedBy;
    private Instant recordedAt = Instant.now();

    protected Assessment() {
    }

    Assessment(long householdId, AssessmentForm form, String recordedBy) {
        this.householdId = householdId;
        this.assessedOn = form.getAssessedOn();
        this.monthlyIncomePerCapita = form.getMonthlyIncomePerCapita();
        this.deprivations = String.join(",", form.getDeprivations().stream().distinct().sorted(Assessment::byNumber).toList());
        this.housingCondition = form.getHousingCondition() == null ? HousingCondition.SOUND : form.getHousingCondition();
        this.onProvincialMeritHousingList = form.isOnProvincialMeritHousingList();
        this.residenceRegisteredOn = form.getResidenceRegisteredOn();
        this.separatedSince = form.getSeparatedSince();
        this.onPoorList2015 = form.isOnPoorList2015();
        this.priorHousingSupportOn = form.getPriorHousingSupportOn();
        this.disasterDamaged = form.isDisasterDamaged();
        this.recordedBy = recordedBy;
    }

    private static int byNumber(String a, String b) {
        int prefix = a.substring(0, 1).compareTo(b.substring(0, 1));
        return prefix != 0 ? prefix : Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    }

    AssessmentView toView() {
        List<String> codes = deprivations.isBlank() ? List.of() : Arrays.asList(deprivations.split(","));
        return new AssessmentView(id, householdId, assessedOn, monthlyIncomePerCapita, List.copyOf(codes),
                housingCondition, onProvincialMeritHousingList, residenceRegisteredOn, separatedSince, onPoorList2015,
                priorHousingSupportOn, disasterDamaged, recordedBy, recordedAt);
    }
}
