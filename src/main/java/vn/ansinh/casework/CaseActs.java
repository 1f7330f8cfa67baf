package vn.ansinh.casework;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.InvalidInput;

/** Runs one act from the case page and comes back to it with a message: saved, or why it was refused. */
public final class CaseActs {

    private CaseActs() {
    }

    public static String run(long caseId, RedirectAttributes redirect, Runnable act) {
        try {
            act.run();
            redirect.addFlashAttribute("message", "case.saved");
        } catch (CaseTransitionRefused e) {
            redirect.addFlashAttribute("error", e.code());
        } catch (CaseAlreadyHandled e) {
            redirect.addFlashAttribute("error", "case.alreadyHandled");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("errorText", e.errors().stream()
                    .map(f -> f.message()).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return "redirect:/cases/" + caseId;
    }
}
