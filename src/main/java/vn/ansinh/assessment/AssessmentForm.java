package vn.ansinh.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ansinh.common.NotBefore;

/** The survey answers an officer enters (Phiếu B). */
@HighIncomeConfirmed
public class AssessmentForm implements java.io.Serializable {

    /** Above this income per person per month (≈ 25 × the urban poverty line) the officer confirms it. */
    public static final long HIGH_INCOME = 50_000_000L;
    /** A billion đồng per person per month: beyond any household on a social-support register. */
    public static final long MAX_INCOME = 1_000_000_000L;
    /** The first day the rules cover: a survey before it can be evaluated by none. */
    public static final String RULES_FROM = "2011-01-01";

    @NotNull(message = "{assessment.assessedOn.required}")
    @PastOrPresent(message = "{assessment.assessedOn.future}")
    @NotBefore(value = RULES_FROM, message = "{assessment.assessedOn.tooEarly}")
    private LocalDate assessedOn;
    @NotNull(message = "{assessment.income.required}")
    @PositiveOrZero(message = "{assessment.income.negative}")
    @Max(value = MAX_INCOME, message = "{assessment.income.max}")
    private Long monthlyIncomePerCapita;
    private boolean highIncomeConfirmed;
    @Size(max = 12, message = "{assessment.deprivations.tooMany}")
    private List<String> deprivations = new ArrayList<>();
    private HousingCondition housingCondition = HousingCondition.SOUND;
    private boolean onProvincialMeritHousingList;
    @PastOrPresent(message = "{date.future}")
    @NotBefore(value = NotBefore.EARLIEST_BIRTH, message = "{date.tooEarly}")
    private LocalDate residenceRegisteredOn;
    @PastOrPresent(message = "{date.future}")
    @NotBefore(value = NotBefore.EARLIEST_BIRTH, message = "{date.tooEarly}")
    private LocalDate separatedSince;
    private boolean onPoorList2015;
    @PastOrPresent(message = "{date.future}")
    @NotBefore(value = NotBefore.EARLIEST_BIRTH, message = "{date.tooEarly}")
    private LocalDate priorHousingSupportOn;
    private boolean disasterDamaged;

    public static AssessmentForm from(AssessmentView view) {
        AssessmentForm form = new AssessmentForm();
        form.assessedOn = view.assessedOn();
        form.monthlyIncomePerCapita = view.monthlyIncomePerCapita();
        form.deprivations = new ArrayList<>(view.deprivations());
        form.housingCondition = view.housingCondition();
        form.onProvincialMeritHousingList = view.onProvincialMeritHousingList();
        form.residenceRegisteredOn = view.residenceRegisteredOn();
        form.separatedSince = view.separatedSince();
        form.onPoorList2015 = view.onPoorList2015();
        form.priorHousingSupportOn = view.priorHousingSupportOn();
        form.disasterDamaged = view.disasterDamaged();
        return form;
    }

    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public Long getMonthlyIncomePerCapita() { return monthlyIncomePerCapita; }
    public void setMonthlyIncomePerCapita(Long v) { this.monthlyIncomePerCapita = v; }
    public boolean isHighIncomeConfirmed() { return highIncomeConfirmed; }
    public void setHighIncomeConfirmed(boolean v) { this.highIncomeConfirmed = v; }
    public List<String> getDeprivations() { return deprivations; }
    public void setDeprivations(List<String> deprivations) { this.deprivations = deprivations == null ? new ArrayList<>() : deprivations; }
    public HousingCondition getHousingCondition() { return housingCondition; }
    public void setHousingCondition(HousingCondition v) { this.housingCondition = v; }
    public boolean isOnProvincialMeritHousingList() { return onProvincialMeritHousingList; }
    public void setOnProvincialMeritHousingList(boolean v) { this.onProvincialMeritHousingList = v; }
    public LocalDate getResidenceRegisteredOn() { return residenceRegisteredOn; }
    public void setResidenceRegisteredOn(LocalDate v) { this.residenceRegisteredOn = v; }
    public LocalDate getSeparatedSince() { return separatedSince; }
    public void setSeparatedSince(LocalDate v) { this.separatedSince = v; }
    public boolean isOnPoorList2015() { return onPoorList2015; }
    public void setOnPoorList2015(boolean v) { this.onPoorList2015 = v; }
    public LocalDate getPriorHousingSupportOn() { return priorHousingSupportOn; }
    public void setPriorHousingSupportOn(LocalDate v) { this.priorHousingSupportOn = v; }
    public boolean isDisasterDamaged() { return disasterDamaged; }
    public void setDisasterDamaged(boolean v) { this.disasterDamaged = v; }
}
