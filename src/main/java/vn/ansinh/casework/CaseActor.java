package vn.ansinh.casework;

import java.util.List;
import vn.ansinh.common.access.Role;

/**
 * Who acts on a case: a user name, their role and the one area it covers. Their candidate group carries
 * the role: {@code officer:commune:<code>}, {@code approver:district:<code>}, {@code approver:province:<code>}.
 */
public record CaseActor(String username, Role role, ApprovalLevel level, String code) {

    /** The level's usual role: a commune's officer, a district's or the province's approver. */
    public CaseActor(String username, ApprovalLevel level, String code) {
        this(username, level.usualRole(), level, code);
    }

    public String group() {
        return role.groupPrefix() + ":" + level.name().toLowerCase() + ":" + code;
    }

    public List<String> groups() {
        return List.of(group());
    }

    /** The area this actor acts in, as the other modules' doors take it. */
    public vn.ansinh.common.access.Jurisdiction jurisdiction() {
        return switch (level) {
            case PROVINCE -> vn.ansinh.common.access.Jurisdiction.province();
            case DISTRICT -> vn.ansinh.common.access.Jurisdiction.district(code);
            case COMMUNE -> vn.ansinh.common.access.Jurisdiction.commune(code);
        };
    }

    boolean covers(String communeCode, String districtCode) {
        return switch (level) {
            case PROVINCE -> true;
            case DISTRICT -> code.equals(districtCode);
            case COMMUNE -> code.equals(communeCode);
        };
    }
}
