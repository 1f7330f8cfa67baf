package vn.ansinh.household;

import java.util.List;
import jakarta.validation.Validator;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.PageRequests;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.ConflictException;
import vn.ansinh.common.FormTokens;
import jakarta.servlet.http.HttpSession;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;

@Controller
class HouseholdController {

    private static final String FORM = "household/form";

    private final HouseholdManagement register;
    private final Geography geography;
    private final CurrentUser currentUser;
    private final SpringValidatorAdapter validator;
    private final FormTokens tokens;
    private final PageRequests pages;
    private final List<HouseholdCaseHistory> caseHistories;

    HouseholdController(HouseholdManagement register, Geography geography, CurrentUser currentUser, Validator validator,
                        FormTokens tokens, PageRequests pages, List<HouseholdCaseHistory> caseHistories) {
        this.caseHistories = caseHistories;
        this.tokens = tokens;
        this.pages = pages;
        this.register = register;
        this.geography = geography;
        this.currentUser = currentUser;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @InitBinder("household")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/households")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") long page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", register.search(q, pages.of(page, 20, 20, Sort.by("id"))));
        return "household/list";
    }

    @GetMapping("/households/{id}")
    String show(@PathVariable long id, Model model) {
        return showHousehold(register.get(id), model);
    }

    private String showHousehold(HouseholdView household, Model model) {
        Jurisdiction scope = currentUser.jurisdiction();
        model.addAttribute("household", household);
        model.addAttribute("today", java.time.LocalDate.now(vn.ansinh.common.Formats.PROVINCE));
        model.addAttribute("cases", caseHistories.stream().flatMap(h -> h.casesOf(household.id(), scope).stream()).toList());
        model.addAttribute("formerMembers", register.formerMembers(household.id()));
        return "household/show";
    }

    /** Removes a member with the reason given; a missing reason is shown on the member's form, in the user's language. */
    @PostMapping("/households/{id}/members/{memberId}/removal")
    String processMemberRemoval(@PathVariable long id, @PathVariable long memberId,
                                @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            register.removeMember(id, memberId, reason);
            redirect.addFlashAttribute("message", "member.removal.done");
            return "redirect:/households/" + id;
        } catch (HouseholdRejected e) {
            model.addAttribute("removalMember", memberId);
            model.addAttribute("removalReason", reason);
            model.addAttribute("removalErrors", e.errors().stream().filter(f -> "reason".equals(f.field())).toList());
            List<String> others = e.errors().stream().filter(f -> !"reason".equals(f.field())).map(FieldError::message)
                    .toList();
            if (!others.isEmpty()) {
                model.addAttribute("errorText", others);
            }
            return showHousehold(register.get(id), model);
        }
    }

    @PostMapping("/households/{id}/members/{memberId}/death-correction")
    String processDeathCorrection(@PathVariable long id, @PathVariable long memberId,
                                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            register.correctDeath(id, memberId, reason);
            redirect.addFlashAttribute("message", "member.deathCorrection.done");
        } catch (HouseholdRejected e) {
            redirect.addFlashAttribute("errorText", e.errors().stream().map(FieldError::message).toList());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errorText", List.of(e.getMessage()));
        }
        return "redirect:/households/" + id;
    }

    @GetMapping("/households/new")
    String initCreationForm(Model model, HttpSession session) {
        HouseholdForm form = new HouseholdForm();
        form.getMembers().add(new MemberForm());
        model.addAttribute("formToken", tokens.issue(session));
        return showForm(model, form, null);
    }

    @PostMapping("/households/new")
    String processCreationForm(@ModelAttribute("household") HouseholdForm form, BindingResult result,
                               @RequestParam(required = false) String addMember,
                               @RequestParam(name = FormTokens.FIELD, required = false) String token,
                               HttpSession session, Model model, RedirectAttributes redirect) {
        model.addAttribute("formToken", token);
        if (addMember != null) {
            form.getMembers().add(new MemberForm());
            return showForm(model, form, null);
        }
        return tokens.once(session, token, () -> create(form, result, model, redirect));
    }

    private String create(HouseholdForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        form.dropEmptyMembers();
        validator.validate(form, result);
        if (result.hasErrors()) {
            return showForm(model, form, null);
        }
        try {
            HouseholdView saved = register.register(form);
            redirect.addFlashAttribute("message", "household.saved");
            return "redirect:/households/" + saved.id();
        } catch (HouseholdRejected e) {
            reject(result, e);
        } catch (DuplicateHousehold e) {
            model.addAttribute("duplicates", e.matches());
        }
        return showForm(model, form, null);
    }

    @GetMapping("/households/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        HouseholdForm form = HouseholdForm.from(register.get(id));
        form.getMembers().add(new MemberForm());
        return showForm(model, form, id);
    }

    @PostMapping("/households/{id}/edit")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("household") HouseholdForm form,
                             BindingResult result, @RequestParam(required = false) String addMember, Model model,
                             RedirectAttributes redirect) {
        register.get(id);
        if (addMember != null) {
            form.getMembers().add(new MemberForm());
            return showForm(model, form, id);
        }
        form.dropEmptyMembers();
        validator.validate(form, result);
        if (result.hasErrors()) {
            return showForm(model, form, id);
        }
        try {
            register.update(id, form);
            redirect.addFlashAttribute("message", "household.saved");
            return "redirect:/households/" + id;
        } catch (HouseholdRejected e) {
            reject(result, e);
        } catch (StaleFormException e) {
            result.reject("household.stale");
        }
        return showForm(model, form, id);
    }

    private String showForm(Model model, HouseholdForm form, Long id) {
        model.addAttribute("household", form);
        model.addAttribute("householdId", id);
        Jurisdiction scope = currentUser.jurisdiction();
        model.addAttribute("communes", switch (scope.level()) {
            case PROVINCE -> geography.allCommunes();
            case DISTRICT -> geography.communesOf(scope.code());
            case COMMUNE -> geography.commune(scope.code()).stream().toList();
        });
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("disabilities", Disability.values());
        model.addAttribute("orphanCases", OrphanCase.values());
        return FORM;
    }

    private static void reject(BindingResult result, HouseholdRejected e) {
        for (FieldError error : e.errors()) {
            result.rejectValue(error.field(), "rejected", error.message());
        }
    }
}
