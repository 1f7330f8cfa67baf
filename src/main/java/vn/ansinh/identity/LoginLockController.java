package vn.ansinh.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.Formats;

/** The administrator's page of sign-in locks in force, with an unlock button for each. */
@Controller
class LoginLockController {

    /** One row of the page: times already in the province's words. */
    record Row(LoginLocks.LockView lock, String until) {
    }

    private final LoginLocks locks;

    LoginLockController(LoginLocks locks) {
        this.locks = locks;
    }

    @GetMapping("/admin/logins")
    String showLocks(Model model) {
        model.addAttribute("rows", locks.current().stream()
                .map(l -> new Row(l, Formats.at(l.until()))).toList());
        return "identity/locks";
    }

    @PostMapping("/admin/logins/unlock")
    String unlock(@RequestParam(required = false) String username, @RequestParam(required = false) String address,
                  RedirectAttributes redirect) {
        int lifted = username != null && !username.isBlank() ? locks.unlockUser(username)
                : address != null && !address.isBlank() ? locks.unlockAddress(address) : 0;
        redirect.addFlashAttribute("lifted", lifted);
        return "redirect:/admin/logins";
    }
}
