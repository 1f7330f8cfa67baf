package vn.ansinh.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.ansinh.common.NotBefore;
import java.util.ArrayList;
import java.util.List;

public class MemberForm {

    private Long id;
    @NotBlank(message = "{member.fullName.required}")
    @Size(max = 120, message = "{field.tooLong}")
    private String fullName;
    @NotNull(message = "{member.sex.required}")
    private Sex sex;
    @NotNull(message = "{member.birthDate.required}")
    @PastOrPresent(message = "{member.birthDate.future}")
    @NotBefore(value = NotBefore.EARLIEST_BIRTH, message = "{member.birthDate.tooEarly}")
    private LocalDate birthDate;
    @NotNull(message = "{member.relation.required}")
    private Relation relation;
    @Pattern(regexp = "^$|^\\d{12}$", message = "{member.cccd.format}")
    private String cccd;
    private Disability disability = Disability.NONE;
    @Size(max = 17, message = "{member.merit.tooMany}")
    private List<String> meritCategories = new ArrayList<>();
    @Min(value = 0, message = "{member.injuryRate.range}")
    @Max(value = 100, message = "{member.injuryRate.range}")
    private Integer injuryRate;
    private OrphanCase orphanCase;
    private boolean receivedChildAllowance;
    private boolean studying;
    private boolean hasPension;
    private boolean hasMonthlySocialInsurance;
    private boolean hasObligedSupporter;
    private boolean singleParent;
    private boolean hivPositive;
    private boolean caredForByHousehold;
    private boolean socialPensionRequested;
    @PastOrPresent(message = "{member.deceasedOn.future}")
    @NotBefore(value = NotBefore.EARLIEST_BIRTH, message = "{member.deceasedOn.tooEarly}")
    private LocalDate deceasedOn;
    private boolean pregnant;
    private boolean communityCareTakenIn;

    static MemberForm from(MemberView view) {
        MemberForm form = new MemberForm();
        form.id = view.id();
        form.fullName = view.fullName();
        form.sex = view.sex();
        form.birthDate = view.birthDate();
        form.relation = view.relation();
        form.cccd = view.cccd();
        form.deceasedOn = view.deceasedOn();
        MemberView.Health health = view.health();
        form.disability = health.disability();
        form.hivPositive = health.hivPositive();
        form.pregnant = health.pregnant();
        form.meritCategories = new ArrayList<>(view.merit().meritCategories());
        form.injuryRate = view.merit().injuryRate();
        MemberView.Childhood child = view.childhood();
        form.orphanCase = child.orphanCase();
        form.receivedChildAllowance = child.receivedChildAllowance();
        form.studying = child.studying();
        MemberView.Livelihood living = view.livelihood();
        form.hasPension = living.hasPension();
        form.hasMonthlySocialInsurance = living.hasMonthlySocialInsurance();
        form.hasObligedSupporter = living.hasObligedSupporter();
        form.singleParent = living.singleParent();
        form.caredForByHousehold = living.caredForByHousehold();
        form.socialPensionRequested = living.socialPensionRequested();
        form.communityCareTakenIn = living.communityCareTakenIn();
        return form;
    }

    boolean isEmpty() {
        return id == null && (fullName == null || fullName.isBlank()) && (cccd == null || cccd.isBlank())
                && birthDate == null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public String getCccd() { return cccd; }
    public void setCccd(String cccd) { this.cccd = cccd; }
    public Disability getDisability() { return disability; }
    public void setDisability(Disability disability) { this.disability = disability; }
    public List<String> getMeritCategories() { return meritCategories; }
    public void setMeritCategories(List<String> meritCategories) { this.meritCategories = meritCategories == null ? new ArrayList<>() : meritCategories; }
    public Integer getInjuryRate() { return injuryRate; }
    public void setInjuryRate(Integer injuryRate) { this.injuryRate = injuryRate; }
    public OrphanCase getOrphanCase() { return orphanCase; }
    public void setOrphanCase(OrphanCase orphanCase) { this.orphanCase = orphanCase; }
    public boolean isReceivedChildAllowance() { return receivedChildAllowance; }
    public void setReceivedChildAllowance(boolean v) { this.receivedChildAllowance = v; }
    public boolean isStudying() { return studying; }
    public void setStudying(boolean studying) { this.studying = studying; }
    public boolean isHasPension() { return hasPension; }
    public void setHasPension(boolean hasPension) { this.hasPension = hasPension; }
    public boolean isHasMonthlySocialInsurance() { return hasMonthlySocialInsurance; }
    public void setHasMonthlySocialInsurance(boolean v) { this.hasMonthlySocialInsurance = v; }
    public boolean isHasObligedSupporter() { return hasObligedSupporter; }
    public void setHasObligedSupporter(boolean v) { this.hasObligedSupporter = v; }
    public boolean isSingleParent() { return singleParent; }
    public void setSingleParent(boolean singleParent) { this.singleParent = singleParent; }
    public boolean isHivPositive() { return hivPositive; }
    public void setHivPositive(boolean hivPositive) { this.hivPositive = hivPositive; }
    public boolean isCaredForByHousehold() { return caredForByHousehold; }
    public void setCaredForByHousehold(boolean v) { this.caredForByHousehold = v; }
    public boolean isSocialPensionRequested() { return socialPensionRequested; }
    public void setSocialPensionRequested(boolean v) { this.socialPensionRequested = v; }
    public boolean isPregnant() { return pregnant; }
    public void setPregnant(boolean pregnant) { this.pregnant = pregnant; }
    public boolean isCommunityCareTakenIn() { return communityCareTakenIn; }
    public void setCommunityCareTakenIn(boolean v) { this.communityCareTakenIn = v; }
    public LocalDate getDeceasedOn() { return deceasedOn; }
    public void setDeceasedOn(LocalDate deceasedOn) { this.deceasedOn = deceasedOn; }
}
