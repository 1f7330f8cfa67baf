package vn.ansinh.identity;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(operationId = "listSignInLocks", summary = "List the sign-in locks in force")
    @GetMapping("/locks")
    List<LoginLocks.LockView> locks() {
        return locks.current();
    }

    @Operation(operationId = "unlockAccount", summary = "Lift every sign-in lock on an account")
    @PostMapping("/users/{username}/unlock")
    Map<String, Integer> unlockUser(@PathVariable String username) {
        return Map.of("lifted", locks.unlockUser(username));
    }

    @Operation(operationId = "unlockAddress", summary = "Lift the sign-in locks on an address")
    @PostMapping("/addresses/unlock")
    Map<String, Integer> unlockAddress(@RequestParam String address) {
        return Map.of("lifted", locks.unlockAddress(address));
    }
}
