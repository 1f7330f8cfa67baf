package vn.ansinh.household.imports;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.access.Act;
import vn.ansinh.common.access.Permissions;

/** The commune officer's import page: the upload form, then the job's progress and its rejected rows. */
@Controller
class ImportPageController {

    private final HouseholdImports imports;
    private final Permissions permissions;

    ImportPageController(HouseholdImports imports, Permissions permissions) {
        this.imports = imports;
        this.permissions = permissions;
    }

    @GetMapping("/households/imports")
    String form(Model model) {
        permissions.require(Act.IMPORT_HOUSEHOLDS, "household_import", null);
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("existings", ExistingHouseholds.values());
        return "household/import";
    }

    @PostMapping("/households/imports")
    String submit(@RequestPart(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String mode, @RequestParam(required = false) String existing,
                  Model model, RedirectAttributes redirect) {
        try {
            UUID id = imports.submit(file, mode, existing).jobId();
            return "redirect:/households/imports/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errorText", e.errors().stream().map(FieldError::message).toList());
            return form(model);
        }
    }

    @GetMapping("/households/imports/{jobId}")
    String job(@PathVariable UUID jobId, Model model) {
        ImportStatus status = imports.status(jobId);
        model.addAttribute("job", status);
        model.addAttribute("shown", HouseholdImports.REJECTIONS_SHOWN);
        return "household/import-job";
    }
}
