package vn.ansinh.identity;

import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates user accounts (seeding, administration). */
@Service
public class UserAccounts {

    private final AppUsers users;
    private final PasswordEncoder encoder;

    UserAccounts(AppUsers users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** The full name of an account, as documents signed by its holder print it (a decision's signature block). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> fullName(String username) {
        return username == null ? java.util.Optional.empty()
                : users.findByUsername(username).map(AppUser::fullName).filter(n -> n != null && !n.isBlank());
    }

    /** Creates the account unless the username exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String password, String fullName, Role role, Jurisdiction where) {
        if (users.existsByUsername(username)) {
            return false;
        }
        users.save(new AppUser(username, encoder.encode(password), fullName, role, where));
        return true;
    }
}
