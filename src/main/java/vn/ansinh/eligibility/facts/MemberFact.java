package vn.ansinh.eligibility.facts;

import vn.ansinh.eligibility.MemberFacts;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** One household member as the rules see it; age is in completed years on asOf (the birthday itself counts). */
public final class MemberFact {

    private final HouseholdFact household;
    private final String id;
    private final LocalDate birthDate;
    private final int age;
    private final Disability disability;
    private final OrphanCase orphanCase;
    private final boolean receivedChildAllowance;
    private final boolean studying;
    private final boolean hasPension;
    private final boolean hasMonthlySocialInsurance;
    private final boolean hasObligedSupporter;
    private final boolean singleParent;
    private final boolean hivPositive;
    private final List<String> meritCategories;
    private final Integer injuryRate;
    private final boolean caredForByHousehold;
    private final boolean socialPensionRequested;
    private final boolean communityCareTakenIn;
    private final boolean pregnant;
    private final List<String> parentIds;
    private final long ageInMonths;

    final List<Allowance> allowances = new ArrayList<>(1);
    final List<HealthCover> healthCovers = new ArrayList<>(2);
    CareSupport careSupport;
    SocialPension socialPension;
    FuneralSupport funeralSupport;
    private boolean deceased;

    /** The rules' view of one member of the request, added to its household's fact. */
    MemberFact(HouseholdFact household, MemberFacts m) {
        this.household = household;
        this.id = m.id();
        this.birthDate = m.birthDate();
        this.age = completedYears(birthDate, household.getAsOf());
        this.disability = m.disability() == null ? Disability.NONE : m.disability();
        this.orphanCase = m.orphanCase();
        this.receivedChildAllowance = m.receivedChildAllowance();
        this.studying = m.studying();
        this.hasPension = m.hasPension();
        this.hasMonthlySocialInsurance = m.hasMonthlySocialInsurance();
        this.hasObligedSupporter = m.hasObligedSupporter();
        this.singleParent = m.singleParent();
        this.hivPositive = m.hivPositive();
        this.meritCategories = m.meritCategories() == null ? List.of() : m.meritCategories();
        this.injuryRate = m.injuryRate();
        this.caredForByHousehold = m.caredForByHousehold();
        this.socialPensionRequested = m.socialPensionRequested();
        this.communityCareTakenIn = m.communityCareTakenIn();
        this.pregnant = m.pregnant();
        this.parentIds = m.parentIds() == null ? List.of() : List.copyOf(m.parentIds());
        this.ageInMonths = Period.between(birthDate, household.getAsOf()).toTotalMonths();
        household.add(this);
    }

    /** Completed years between two dates; reaching the anniversary day counts ("từ đủ N tuổi"). */
    public static int completedYears(LocalDate from, LocalDate to) {
        int years = to.getYear() - from.getYear();
        if (to.getMonthValue() < from.getMonthValue()
                || (to.getMonthValue() == from.getMonthValue() && to.getDayOfMonth() < from.getDayOfMonth())) {
            years--;
        }
        return years;
    }

    public Params getParams() { return household.getParams(); }
    public HouseholdFact getHousehold() { return household; }
    public String getId() { return id; }
    public LocalDate getBirthDate() { return birthDate; }
    public int getAge() { return age; }
    public Disability getDisability() { return disability; }
    public OrphanCase getOrphanCase() { return orphanCase; }
    public boolean isReceivedChildAllowance() { return receivedChildAllowance; }
    public boolean isStudying() { return studying; }
    public boolean isHasPension() { return hasPension; }
    public boolean isHasMonthlySocialInsurance() { return hasMonthlySocialInsurance; }
    public boolean isHasObligedSupporter() { return hasObligedSupporter; }
    public boolean isSingleParent() { return singleParent; }
    public boolean isHivPositive() { return hivPositive; }
    public List<String> getMeritCategories() { return meritCategories; }
    public Integer getInjuryRate() { return injuryRate; }
    public boolean isCaredForByHousehold() { return caredForByHousehold; }
    public boolean isSocialPensionRequested() { return socialPensionRequested; }
    public boolean isCommunityCareTakenIn() { return communityCareTakenIn; }
    public boolean isPregnant() { return pregnant; }
    /** Ids of this member's parents in the household, as the request or the register states them (none presumed). */
    public List<String> getParentIds() { return parentIds; }
    /** Completed months on asOf ("dưới 36 tháng tuổi" = ageInMonths < 36; the monthly anniversary counts). */
    public long getAgeInMonths() { return ageInMonths; }

    /** Marks the member whose death is being judged (only in the evaluation as of the day of death). */
    public void markDeceased() { this.deceased = true; }
    public boolean isDeceased() { return deceased; }
    public FuneralSupport funeralSupport() { return funeralSupport; }

    public List<Allowance> allowances() { return allowances; }
    public List<HealthCover> healthCovers() { return healthCovers; }
    public CareSupport careSupport() { return careSupport; }
    public SocialPension socialPension() { return socialPension; }

    @Override
    public String toString() {
        return "Member " + id + " (" + age + ")";
    }
}
