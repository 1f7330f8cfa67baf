package vn.ansinh.identity;

import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ansinh.geography.Geography;

/**
 * Seeds one account per role on the demo profile and prints the logins at start-up. Elsewhere nobody is
 * seeded, except an {@code admin} when {@code ANSINH_ADMIN_PASSWORD} is set — and then it must pass the
 * {@link PasswordPolicy}, or the application does not start. No account ever exists without an explicit password.
 */
@Component
class DemoUsers {

    /** A demo login; the password equals the username. */
    record DemoLogin(String username, String fullName, Role role, Jurisdiction where) {
    }

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin", "Quản trị hệ thống", Role.ADMIN, Jurisdiction.province()),
            new DemoLogin("policy", "Phạm Thị Chính Sách (Sở LĐTBXH)", Role.POLICY_STAFF, Jurisdiction.province()),
            new DemoLogin("policy2", "Lương Văn Kiểm (Sở LĐTBXH, duyệt quy tắc)", Role.POLICY_STAFF, Jurisdiction.province()),
            new DemoLogin("canbo.lehongphong", "Nguyễn Thị Hoa (P. Lê Hồng Phong)", Role.COMMUNE_OFFICER, Jurisdiction.commune("12433")),
            new DemoLogin("canbo.vuphuc", "Trần Văn Nam (X. Vũ Phúc)", Role.COMMUNE_OFFICER, Jurisdiction.commune("12466")),
            new DemoLogin("canbo.vuhoi", "Lê Thị Lan (X. Vũ Hội)", Role.COMMUNE_OFFICER, Jurisdiction.commune("13255")),
            new DemoLogin("duyet.tpthaibinh", "Hoàng Văn Duyệt (Phòng LĐTBXH TP Thái Bình)", Role.DISTRICT_APPROVER, Jurisdiction.district("336")),
            new DemoLogin("duyet2.tpthaibinh", "Vũ Thị Minh (Phòng LĐTBXH TP Thái Bình)", Role.DISTRICT_APPROVER, Jurisdiction.district("336")),
            new DemoLogin("duyet.vuthu", "Đỗ Văn Hải (Phòng LĐTBXH Vũ Thư)", Role.DISTRICT_APPROVER, Jurisdiction.district("344")),
            new DemoLogin("duyet.tinh", "Trịnh Thị Duyên (Sở LĐTBXH, duyệt cấp tỉnh)", Role.PROVINCE_APPROVER, Jurisdiction.province()),
            new DemoLogin("chitra.tpthaibinh", "Bùi Thị Thu (Chi trả TP Thái Bình)", Role.PAYMENT_OFFICER, Jurisdiction.district("336")),
            new DemoLogin("chitra.vuthu", "Ngô Văn Tài (Chi trả Vũ Thư)", Role.PAYMENT_OFFICER, Jurisdiction.district("344")));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAccounts accounts;
    private final Geography geography;
    private final boolean demo;
    private final String adminPassword;

    DemoUsers(UserAccounts accounts, Geography geography, @Value("${ansinh.demo-data}") boolean demo,
              @Value("${ansinh.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.geography = geography;
        this.demo = demo;
        this.adminPassword = adminPassword;
        refuseWeakAdminPassword(demo, adminPassword);
    }

    /** Outside the demo a weak ANSINH_ADMIN_PASSWORD stops the start-up: better no server than a guessable admin. */
    static void refuseWeakAdminPassword(boolean demo, String adminPassword) {
        if (demo || adminPassword.isBlank()) {
            return;
        }
        List<String> problems = PasswordPolicy.problems("admin", adminPassword);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("ANSINH_ADMIN_PASSWORD is too weak (" + String.join(", ", problems)
                    + "): outside the demo it needs at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, 5 different ones, not the username and not a well-known password. Refusing to start.");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void seed() {
        if (!adminPassword.isBlank()) {
            accounts.createIfAbsent("admin", adminPassword, "Quản trị hệ thống", Role.ADMIN, Jurisdiction.province());
        }
        if (!demo) {
            return;
        }
        StringBuilder banner = new StringBuilder("\n=== An Sinh demo logins (password = username) ===\n");
        for (DemoLogin login : LOGINS) {
            if (adminPassword.isBlank() || !login.username().equals("admin")) {
                accounts.createIfAbsent(login.username(), login.username(), login.fullName(), login.role(), login.where());
            }
            banner.append(String.format("  %-20s %-18s %s%n", login.username(), login.role(),
                    geography.nameOf(login.where().code())));
        }
        log.info(banner.toString());
    }
}
