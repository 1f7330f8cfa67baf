package vn.ansinh.casework;

import java.util.Optional;
import vn.ansinh.common.access.Role;

/** Levels of government that may take part in an approval chain, lowest first; each approving level has its role. */
public enum ApprovalLevel {
    COMMUNE(Role.COMMUNE_OFFICER, null),
    DISTRICT(Role.DISTRICT_APPROVER, Role.DISTRICT_APPROVER),
    PROVINCE(Role.PROVINCE_APPROVER, Role.PROVINCE_APPROVER);

    private final Role usualRole;
    private final Role approverRole;

    ApprovalLevel(Role usualRole, Role approverRole) {
        this.usualRole = usualRole;
        this.approverRole = approverRole;
    }

    /** Who approves at this level; the commune prepares a case but has no approver. */
    public Optional<Role> approverRole() {
        return Optional.ofNullable(approverRole);
    }

    /** The role a case actor at this level usually has: the commune's officer, the district's or province's approver. */
    Role usualRole() {
        return usualRole;
    }
}
