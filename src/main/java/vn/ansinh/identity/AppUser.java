package vn.ansinh.identity;

import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Jurisdiction.Level jurisdictionLevel;
    private String jurisdictionCode;
    private boolean enabled = true;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, String fullName, Role role, Jurisdiction jurisdiction) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.jurisdictionLevel = jurisdiction.level();
        this.jurisdictionCode = jurisdiction.code();
    }

    AppUserPrincipal toPrincipal() {
        return new AppUserPrincipal(username, passwordHash, fullName, role,
                new Jurisdiction(jurisdictionLevel, jurisdictionCode), enabled);
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }
}
