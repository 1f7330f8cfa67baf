package vn.ansinh.casework.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseList;
import vn.ansinh.casework.CaseListFilter;
import vn.ansinh.casework.CaseListPage;
import vn.ansinh.casework.CaseStatus;
import vn.ansinh.casework.CaseStep;
import vn.ansinh.casework.Program;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.household.HouseholdManagement;

/** The case list and search of the signed-in user's area: the page {@code /cases}; its JSON twin is {@link CaseListApi}. */
@Controller
class CaseListController {

    private final CaseList list;
    private final CaseActors actors;
    private final Geography geography;
    private final HouseholdManagement households;
    private final MessageSource messages;

    CaseListController(CaseList list, CaseActors actors, Geography geography, HouseholdManagement households,
                       MessageSource messages) {
        this.list = list;
        this.actors = actors;
        this.geography = geography;
        this.households = households;
        this.messages = messages;
    }

    @GetMapping("/cases")
    String showCases(@RequestParam(required = false) String status, @RequestParam(required = false) String step,
                     @RequestParam(required = false) String program, @RequestParam(required = false) String village,
                     @RequestParam(required = false) String commune, @RequestParam(required = false) String overdue,
                     @RequestParam(required = false) String after, @RequestParam(required = false) String size,
                     Model model) {
        CaseActor actor = actors.current();
        CaseListFilter filter = CaseListFilter.of(status, step, program, village, commune, overdue, after, size);
        CaseListPage page = list.page(actor, filter);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("heading", heading(actor));
        model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
        model.addAttribute("steps", Arrays.asList(CaseStep.values()));
        model.addAttribute("programs", Arrays.asList(Program.values()));
        model.addAttribute("communes", switch (actor.level()) {
            case PROVINCE -> geography.allCommunes();
            case DISTRICT -> geography.communesOf(actor.code());
            case COMMUNE -> List.<AdminUnit>of();
        });
        String villagesOf = actor.level() == vn.ansinh.casework.ApprovalLevel.COMMUNE ? actor.code() : filter.commune();
        model.addAttribute("villages", villagesOf == null ? List.of() : households.villagesOf(villagesOf));
        return "casework/cases";
    }

    /** "Hồ sơ của xã Vũ Phúc", "Hồ sơ của huyện Vũ Thư", "Hồ sơ toàn tỉnh". */
    private String heading(CaseActor actor) {
        Locale locale = LocaleContextHolder.getLocale();
        return switch (actor.level()) {
            case PROVINCE -> messages.getMessage("cases.heading.province", null, locale);
            case DISTRICT, COMMUNE -> messages.getMessage("cases.heading.area",
                    new Object[]{lowerFirst(geography.nameOf(actor.code()), locale)}, locale);
        };
    }

    /** "Xã Vũ Phúc" reads "xã Vũ Phúc" inside a sentence. */
    private static String lowerFirst(String name, Locale locale) {
        return name == null || name.isEmpty() || !"vi".equals(locale.getLanguage()) ? name
                : name.substring(0, 1).toLowerCase(locale) + name.substring(1);
    }
}
