package vn.ansinh.eligibility.facts;

import vn.ansinh.eligibility.HouseholdFacts;
import vn.ansinh.eligibility.HousingFacts;
import vn.ansinh.eligibility.MemberFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One household as the rules see it, as of one date; it also collects the household-level outcomes. */
public final class HouseholdFact {

    private final String id;
    private final LocalDate asOf;
    private final Params params;
    private final String standard;
    private final Area area;
    private final long income;
    private final Set<String> deprivations;
    private final PovertyStatus officialStatus;
    private final boolean agricultural;
    private final HousingCondition housingCondition;
    private final boolean onMeritHousingList;
    private final LocalDate residenceRegisteredOn;
    private final LocalDate separatedSince;
    private final boolean onPoorList2015;
    private final LocalDate priorHousingSupportOn;
    private final boolean disasterDamaged;
    private final boolean especiallyDifficultArea;
    private final List<MemberFact> members = new ArrayList<>(4);

    private final PovertyOutcome poverty;
    private final ProgramOutcome meritHousing;
    private final ProgramOutcome poorHousing;

    /** The rules' view of a request's household and its members as of {@code asOf}: the one mapping of the facts. */
    public static HouseholdFact of(HouseholdFacts h, LocalDate asOf, Params params) {
        HouseholdFact fact = new HouseholdFact(h, asOf, params);
        for (MemberFacts m : h.members()) {
            new MemberFact(fact, m);
        }
        return fact;
    }

    private HouseholdFact(HouseholdFacts h, LocalDate asOf, Params params) {
        HousingFacts housing = h.housing();
        this.id = h.id();
        this.asOf = asOf;
        this.params = params;
        this.standard = params.has("poverty.standard") ? params.text("poverty.standard") : "";
        this.area = h.area();
        this.income = h.monthlyIncomePerCapita();
        this.deprivations = Set.copyOf(h.deprivations());
        this.officialStatus = h.officialPovertyStatus();
        this.agricultural = h.agricultural();
        this.housingCondition = housing.condition();
        this.onMeritHousingList = housing.onProvincialMeritHousingList();
        this.residenceRegisteredOn = housing.residenceRegisteredOn();
        this.separatedSince = housing.separatedSince();
        this.onPoorList2015 = housing.onPoorList2015();
        this.priorHousingSupportOn = housing.priorHousingSupportOn();
        this.disasterDamaged = housing.disasterDamaged();
        this.especiallyDifficultArea = h.especiallyDifficultArea();
        this.poverty = new PovertyOutcome(params);
        this.meritHousing = new ProgramOutcome(params);
        this.poorHousing = new ProgramOutcome(params);
    }

    /** In an ethnic-minority and mountainous commune/village with especially difficult conditions (SA5b, SA7). */
    public boolean isEspeciallyDifficultArea() { return especiallyDifficultArea; }

    /** The area-specific value of a threshold parameter ({@code name.rural} / {@code name.urban}). */
    public long threshold(String name) {
        return params.byArea(name, area);
    }

    /** Ids of members holding a code in list parameter {@code listName}, comma separated. */
    public String membersWithAny(String listName) {
        StringBuilder sb = new StringBuilder();
        for (MemberFact m : members) {
            if (params.listHasAny(listName, m.getMeritCategories())) {
                sb.append(sb.isEmpty() ? "" : ", ").append(m.getId()).append(' ').append(m.getMeritCategories());
            }
        }
        return sb.toString();
    }

    /** Records health-insurance group {@code support} for every member, with one reason each (household-level groups). */
    public void coverAllMembers(String support, String code, Object... keyValues) {
        for (MemberFact m : members) {
            new HealthCover(m, support).pass(code, keyValues);
        }
    }

    /** Records the computed classification and returns the fact to insert for the rules that use it. */
    public PovertyClass classify(PovertyStatus status, PoorSubtype subtype) {
        poverty.classify(status, subtype);
        return new PovertyClass(this, status, subtype);
    }

    public boolean hasDeprivation(String code) {
        return deprivations.contains(code);
    }

    public int getDeprivationCount() {
        return deprivations.size();
    }

    /** Whole years from {@code from} to the evaluation date; a date anniversary on asOf counts as reached. */
    public int yearsSince(LocalDate from, LocalDate to) {
        return from == null || to == null ? -1 : MemberFact.completedYears(from, to);
    }

    void add(MemberFact member) {
        members.add(member);
    }

    public List<MemberFact> getMembers() {
        return members;
    }

    public String getId() { return id; }
    public LocalDate getAsOf() { return asOf; }
    public Params getParams() { return params; }
    public String getStandard() { return standard; }
    public Area getArea() { return area; }
    public long getIncome() { return income; }
    public Set<String> getDeprivations() { return deprivations; }
    public PovertyStatus getOfficialStatus() { return officialStatus; }
    public boolean isAgricultural() { return agricultural; }
    public HousingCondition getHousingCondition() { return housingCondition; }
    public boolean isOnMeritHousingList() { return onMeritHousingList; }
    public LocalDate getResidenceRegisteredOn() { return residenceRegisteredOn; }
    public LocalDate getSeparatedSince() { return separatedSince; }
    public boolean isOnPoorList2015() { return onPoorList2015; }
    public LocalDate getPriorHousingSupportOn() { return priorHousingSupportOn; }
    public boolean isDisasterDamaged() { return disasterDamaged; }
    public PovertyOutcome getPoverty() { return poverty; }
    public ProgramOutcome getMeritHousing() { return meritHousing; }
    public ProgramOutcome getPoorHousing() { return poorHousing; }

    @Override
    public String toString() {
        return "Household " + id;
    }
}
