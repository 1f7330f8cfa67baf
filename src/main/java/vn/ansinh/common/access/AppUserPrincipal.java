package vn.ansinh.common.access;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who, in which role, over which part of the map. */
public record AppUserPrincipal(String username, String passwordHash, String fullName, Role role,
                               Jurisdiction jurisdiction, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    /** Flowable candidate groups this user belongs to: the role over the area, e.g. {@code approver:district:336}. */
    public List<String> candidateGroups() {
        return List.of(role.groupFor(jurisdiction));
    }
}
