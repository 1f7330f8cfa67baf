package vn.ansinh.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The survey answers an officer enters (Phiếu B). */
public class AssessmentForm {

    @NotNull(message = "{assessment.assessedOn.required}")
    private LocalDate assessedOn;
    @NotNull(message = "{assessment.income.required}")
    @PositiveOrZero(message = "{assessment.income.negative}")
    private Long monthlyIncomePerCapita;
    private List<String> deprivations = new ArrayList<>();
    private HousingCondition housingCondition = HousingCondition.SOUND;
    private boolean onProvincialMeritHousingList;
    private LocalDate residenceRegisteredOn;
    private LocalDate separatedSince;
    private boolean onPoorList2015;
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
