package vn.ansinh.household;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "household_member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_member_id")
    @SequenceGenerator(name = "household_member_id", sequenceName = "household_member_id_seq", allocationSize = Household.ID_BLOCK)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id")
    private Household household;
    private int position;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Relation relation;
    private String cccd;
    @Enumerated(EnumType.STRING)
    private Disability disability = Disability.NONE;
    private String meritCategories = "";
    private Integer injuryRate;
    @Enumerated(EnumType.STRING)
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
    private LocalDate deceasedOn;
    private boolean pregnant;
    private boolean communityCareTakenIn;

    protected Member() {
    }

    Member(Household household) {
        this.household = household;
    }

    void apply(MemberForm form, int position) {
        this.position = position;
        this.fullName = form.getFullName().trim();
        this.sex = form.getSex();
        this.birthDate = form.getBirthDate();
        this.relation = form.getRelation();
        this.cccd = form.getCccd() == null || form.getCccd().isBlank() ? null : form.getCccd().trim();
        this.disability = form.getDisability() == null ? Disability.NONE : form.getDisability();
        this.meritCategories = MeritCategories.join(MeritCategories.normalise(form.getMeritCategories()));
        this.injuryRate = form.getInjuryRate();
        this.orphanCase = form.getOrphanCase();
        this.receivedChildAllowance = form.isReceivedChildAllowance();
        this.studying = form.isStudying();
        this.hasPension = form.isHasPension();
        this.hasMonthlySocialInsurance = form.isHasMonthlySocialInsurance();
        this.hasObligedSupporter = form.isHasObligedSupporter();
        this.singleParent = form.isSingleParent();
        this.hivPositive = form.isHivPositive();
        this.caredForByHousehold = form.isCaredForByHousehold();
        this.socialPensionRequested = form.isSocialPensionRequested();
        if (this.deceasedOn == null) {
            // an edit may record a death, never undo or move one: that is a correction of its own (withdrawDeath)
            this.deceasedOn = form.getDeceasedOn();
        }
        this.pregnant = form.isPregnant();
        this.communityCareTakenIn = form.isCommunityCareTakenIn();
    }

    void recordDeath(LocalDate day) {
        this.deceasedOn = day;
    }

    void withdrawDeath() {
        this.deceasedOn = null;
    }

    LocalDate deceasedOn() {
        return deceasedOn;
    }

    Long id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    String cccd() {
        return cccd;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    Relation relation() {
        return relation;
    }

    MemberView toView() {
        return new MemberView(id, fullName, sex, birthDate, relation, cccd, deceasedOn,
                new MemberView.Health(disability, hivPositive, pregnant),
                new MemberView.Merit(MeritCategories.parse(meritCategories), injuryRate),
                new MemberView.Childhood(orphanCase, receivedChildAllowance, studying),
                new MemberView.Livelihood(hasPension, hasMonthlySocialInsurance, hasObligedSupporter, singleParent,
                        caredForByHousehold, socialPensionRequested, communityCareTakenIn));
    }
}
