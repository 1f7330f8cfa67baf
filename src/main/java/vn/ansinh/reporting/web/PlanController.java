package vn.ansinh.reporting.web;

import vn.ansinh.common.Formats;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.reporting.PlanTracking;
import vn.ansinh.reporting.Target;

/** The plan dashboard, the households behind a figure, and the reported-figures form. */
@Controller
class PlanController {

    static final int HOUSEHOLD_LIMIT = 500;

    record Option(String code, String name) {
    }

    private final PlanTracking plan;
    private final Geography geography;
    private final CurrentUser currentUser;

    PlanController(PlanTracking plan, Geography geography, CurrentUser currentUser) {
        this.plan = plan;
        this.geography = geography;
        this.currentUser = currentUser;
    }

    @GetMapping("/plan")
    String showDashboard(@RequestParam(required = false) String year, @RequestParam(required = false) String area,
                         @RequestParam(required = false) String target, Model model,
                         jakarta.servlet.http.HttpServletResponse response) {
        filters(model, year, area);
        orBadRequest(model, response, () -> model.addAttribute("dashboard", plan.dashboard(year, area, target)));
        return "reporting/dashboard";
    }

    @GetMapping("/plan/households")
    String showHouseholds(@RequestParam(required = false) String target, @RequestParam(required = false) String year,
                          @RequestParam(required = false) String area, Model model,
                          jakarta.servlet.http.HttpServletResponse response) {
        filters(model, year, area);
        orBadRequest(model, response, () -> {
            model.addAttribute("households", plan.householdsBehind(target, year, area, HOUSEHOLD_LIMIT));
            model.addAttribute("target", plan.targets().stream().filter(t -> t.id().equals(target)).findFirst().orElse(null));
            model.addAttribute("limit", HOUSEHOLD_LIMIT);
        });
        return "reporting/households";
    }

    @GetMapping("/plan/crosstab")
    String showCrossTab(@RequestParam(required = false) String year, @RequestParam(required = false) String area,
                        @RequestParam(defaultValue = "POVERTY_STATUS") String rows,
                        @RequestParam(defaultValue = "AGE_GROUP") String columns, Model model,
                        jakarta.servlet.http.HttpServletResponse response) {
        filters(model, year, area);
        model.addAttribute("variables", plan.crossVariables());
        model.addAttribute("rows", rows);
        model.addAttribute("columns", columns);
        orBadRequest(model, response, () -> model.addAttribute("table", plan.crossTab(year, area, rows, columns, null)));
        return "reporting/crosstab";
    }

    @GetMapping("/plan/reported")
    String initReportedForm(Model model) {
        model.addAttribute("history", plan.reportedHistory());
        List<Target> reportedTargets = plan.targets().stream().filter(t -> t.source() == Target.Source.REPORTED).toList();
        model.addAttribute("reportedTargets", reportedTargets);
        // the history names each figure's target in words, not by its id
        model.addAttribute("targetsById", reportedTargets.stream().collect(Collectors.toMap(Target::id, t -> t)));
        model.addAttribute("years", years());
        return "reporting/reported";
    }

    @PostMapping("/plan/reported")
    String processReportedForm(@RequestParam(required = false) String targetId, @RequestParam(required = false) String year,
                               @RequestParam(required = false) String value, @RequestParam(required = false) String source,
                               @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                               jakarta.servlet.http.HttpServletResponse response) {
        boolean saved = orBadRequest(model, response, () -> plan.submitReported(targetId, year, parse(value), source, note));
        if (saved) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/plan/reported";
        }
        model.addAttribute("form", new String[]{targetId, year, value, source, note});
        return initReportedForm(model);
    }

    @PostMapping("/plan/reported/{id}/confirm")
    String confirmReported(@PathVariable long id) {
        plan.confirmReported(id);
        return "redirect:/plan/reported";
    }

    @PostMapping("/plan/recompute")
    String recompute(@RequestParam(required = false) String year, @RequestParam(required = false) String area,
                     RedirectAttributes redirect) {
        plan.recompute(2012, Year.now(Formats.PROVINCE).getValue());
        redirect.addFlashAttribute("recomputed", true);
        redirect.addAttribute("year", year);
        redirect.addAttribute("area", area);
        return "redirect:/plan";
    }

    /** Runs {@code work}; refused input becomes a 400 page listing each field's problem. */
    private static boolean orBadRequest(Model model, jakarta.servlet.http.HttpServletResponse response, Runnable work) {
        try {
            work.run();
            return true;
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.errors());
            return false;
        }
    }

    private static BigDecimal parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
            String plain = english ? value.trim().replace(",", "") : value.trim().replace(".", "").replace(',', '.');
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private void filters(Model model, String year, String area) {
        model.addAttribute("years", years());
        model.addAttribute("areas", areas(currentUser.jurisdiction()));
        model.addAttribute("selectedYear", year);
        model.addAttribute("selectedArea", area);
    }

    private static List<Integer> years() {
        return IntStream.rangeClosed(2012, Year.now(Formats.PROVINCE).getValue()).boxed().sorted((a, b) -> b - a).toList();
    }

    /** The areas a viewer may choose: their own and everything under it. */
    private List<Option> areas(Jurisdiction mine) {
        List<Option> out = new ArrayList<>();
        switch (mine.level()) {
            case PROVINCE -> {
                out.add(new Option(mine.code(), geography.nameOf(mine.code())));
                for (AdminUnit d : geography.districts()) {
                    out.add(new Option(d.code(), d.displayName()));
                    geography.communesOf(d.code()).forEach(c -> out.add(new Option(c.code(), "— " + c.displayName())));
                }
            }
            case DISTRICT -> {
                out.add(new Option(mine.code(), geography.nameOf(mine.code())));
                geography.communesOf(mine.code()).forEach(c -> out.add(new Option(c.code(), "— " + c.displayName())));
            }
            case COMMUNE -> out.add(new Option(mine.code(), geography.nameOf(mine.code())));
        }
        return out;
    }
}
