package vn.ansinh.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Accounts per role: rows of (role, count). */
    @org.springframework.data.jpa.repository.Query("select u.role, count(u) from AppUser u group by u.role order by u.role")
    java.util.List<Object[]> countByRole();
}
