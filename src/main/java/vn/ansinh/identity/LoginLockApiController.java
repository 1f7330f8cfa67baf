package vn.ansinh.identity;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in locks for administrators: list them, lift an account's or an address's. */
@RestController
@RequestMapping("/api/admin/logins")
class LoginLockApiController {

    private final LoginLocks locks;

    LoginLockApiController(LoginLocks locks) {
        this.locks = locks;
    }

    @GetMapping("/locks")
    List<LoginLocks.LockView> locks() {
        return locks.current();
    }

    @PostMapping("/users/{username}/unlock")
    Map<String, Integer> unlockUser(@PathVariable String username) {
        return Map.of("lifted", locks.unlockUser(username));
    }

    @PostMapping("/addresses/unlock")
    Map<String, Integer> unlockAddress(@RequestParam String address) {
        return Map.of("lifted", locks.unlockAddress(address));
    }
}
