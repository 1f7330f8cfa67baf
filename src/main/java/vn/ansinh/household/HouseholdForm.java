package vn.ansinh.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a commune officer enters for a household (web form and API body). */
public class HouseholdForm {

    /** More than any household on a register (the national average is 3,5 people); keeps records and answers small. */
    public static final int MAX_MEMBERS = 30;

    @NotBlank(message = "{household.headName.required}")
    @Size(max = 120, message = "{field.tooLong}")
    private String headName;
    @Size(max = 250, message = "{field.tooLong}")
    private String address;
    @Size(max = 10, message = "{field.tooLong}")
    private String communeCode;
    @Size(max = 120, message = "{field.tooLong}")
    private String village;
    private boolean agricultural;
    private boolean especiallyDifficultArea;
    private boolean confirmDuplicate;
    /** The version the form was loaded at; a stale form is refused. */
    private Long version;
    @Valid
    @Size.List({@Size(min = 1, message = "{household.members.required}"),
            @Size(max = MAX_MEMBERS, message = "{household.members.tooMany}")})
    private List<MemberForm> members = new ArrayList<>();

    public static HouseholdForm from(HouseholdView view) {
        HouseholdForm form = new HouseholdForm();
        form.headName = view.headName();
        form.address = view.address();
        form.communeCode = view.communeCode();
        form.village = view.village();
        form.agricultural = view.agricultural();
        form.especiallyDifficultArea = view.especiallyDifficultArea();
        form.version = view.version();
        form.members = new ArrayList<>(view.members().stream().map(MemberForm::from).toList());
        return form;
    }

    /** Drops member rows the user left completely empty (the web form always offers a spare row). */
    public void dropEmptyMembers() {
        members.removeIf(MemberForm::isEmpty);
    }

    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCommuneCode() { return communeCode; }
    public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public boolean isAgricultural() { return agricultural; }
    public void setAgricultural(boolean agricultural) { this.agricultural = agricultural; }
    public boolean isEspeciallyDifficultArea() { return especiallyDifficultArea; }
    public void setEspeciallyDifficultArea(boolean v) { this.especiallyDifficultArea = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    /** Register even though a household with the same head (name, birth date) and village exists in the commune. */
    public boolean isConfirmDuplicate() { return confirmDuplicate; }
    public void setConfirmDuplicate(boolean confirmDuplicate) { this.confirmDuplicate = confirmDuplicate; }
    public List<MemberForm> getMembers() { return members; }
    public void setMembers(List<MemberForm> members) { this.members = members; }
}
