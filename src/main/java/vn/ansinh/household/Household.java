package vn.ansinh.household;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ansinh.common.TextSearch;
import vn.ansinh.geography.AreaType;

@Entity
@Table(name = "household")
class Household {

    /**
     * Ids of households and members are taken from their sequences in blocks (V129 sets the sequences' step to this),
     * so that the inserts of many can be sent in JDBC batches (an import's chunk): Hibernate's pooled optimiser uses
     * the ids up to each value it takes. Other writers that take the column default (nextval) or copy rows with their
     * own ids and then set the sequence past them (the benchmarks' loader) cannot meet a block in use.
     */
    static final int ID_BLOCK = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_id")
    @SequenceGenerator(name = "household_id", sequenceName = "household_id_seq", allocationSize = ID_BLOCK)
    private Long id;
    private String code;
    private String headName;
    private String address;
    private String communeCode;
    private String districtCode;
    private String village;
    @Enumerated(EnumType.STRING)
    private AreaType area;
    private boolean agricultural;
    private boolean especiallyDifficultArea;
    @Enumerated(EnumType.STRING)
    private PovertyStatus officialPovertyStatus = PovertyStatus.NONE;
    private LocalDate officialStatusSince;
    private String searchKey;
    private Instant createdAt = Instant.now();
    private Instant updatedAt = Instant.now();
    @Version
    private long version;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Member> members = new ArrayList<>();

    protected Household() {
    }

    Household(String code, String communeCode, String districtCode, AreaType area) {
        this.code = code;
        this.communeCode = communeCode;
        this.districtCode = districtCode;
        this.area = area;
    }

    void describe(HouseholdForm form) {
        this.headName = form.getHeadName().trim();
        this.address = form.getAddress();
        this.village = form.getVillage();
        this.agricultural = form.isAgricultural();
        this.especiallyDifficultArea = form.isEspeciallyDifficultArea();
        this.updatedAt = Instant.now();
    }

    void recognise(PovertyStatus status, LocalDate since) {
        this.officialPovertyStatus = status;
        this.officialStatusSince = since;
        this.updatedAt = Instant.now();
    }

    /**
     * Keeps members whose id is listed, updates them in place, adds the new ones; returns the newly deceased. A member
     * whose death is recorded stays even when the edit leaves them out: only a death correction undoes a death.
     */
    List<Member> replaceMembers(List<MemberForm> forms) {
        List<Member> died = new ArrayList<>();
        List<Long> kept = forms.stream().map(MemberForm::getId).filter(java.util.Objects::nonNull).toList();
        members.removeIf(m -> !kept.contains(m.id()) && m.deceasedOn() == null);
        int position = 0;
        for (MemberForm form : forms) {
            Member member = form.getId() == null ? null
                    : members.stream().filter(m -> m.id().equals(form.getId())).findFirst().orElse(null);
            if (member == null) {
                member = new Member(this);
                members.add(member);
            }
            boolean wasAlive = member.deceasedOn() == null;
            member.apply(form, position++);
            if (wasAlive && member.deceasedOn() != null) {
                died.add(member);
            }
        }
        refreshSearchKey();
        return died;
    }

    MemberDied deathOf(Member member) {
        return new MemberDied(id, member.id(), member.fullName(), member.cccd(), communeCode, districtCode, member.deceasedOn());
    }

    MemberDeathCorrected deathWithdrawn(Member member, LocalDate formerDiedOn, String reason) {
        return new MemberDeathCorrected(id, member.id(), communeCode, districtCode, formerDiedOn, reason);
    }

    /** Takes the member out of the household (the caller keeps them in the removal history). */
    MemberRemoved remove(Member member, String reason, LocalDate on) {
        members.remove(member);
        refreshSearchKey();
        this.updatedAt = Instant.now();
        return new MemberRemoved(id, member.id(), member.fullName(), communeCode, districtCode, reason, on);
    }

    void refreshSearchKey() {
        this.searchKey = TextSearch.key(Stream.concat(
                        Stream.of(code, headName, address, village),
                        members.stream().flatMap(m -> Stream.of(m.fullName(), m.cccd())))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" | ")));
    }

    Long id() {
        return id;
    }

    String communeCode() {
        return communeCode;
    }

    String code() {
        return code;
    }

    String headName() {
        return headName;
    }

    String village() {
        return village;
    }

    String districtCode() {
        return districtCode;
    }

    long version() {
        return version;
    }

    List<Member> members() {
        return members;
    }

    HouseholdView toView() {
        return new HouseholdView(id, code, headName, address, communeCode, districtCode, village, area, agricultural,
                officialPovertyStatus, officialStatusSince, version, members.stream().map(Member::toView).toList(),
                especiallyDifficultArea);
    }
}
