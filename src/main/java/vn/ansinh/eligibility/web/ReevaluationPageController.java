package vn.ansinh.eligibility.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ansinh.common.Formats;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.eligibility.ReevaluationStatus;
import vn.ansinh.eligibility.Reevaluations;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;

/** The bulk re-evaluation page: the caller's areas to start a job on, the latest jobs, one job's progress. */
@Controller
class ReevaluationPageController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Reevaluations reevaluations;
    private final CurrentUser currentUser;
    private final Geography geography;

    ReevaluationPageController(Reevaluations reevaluations, CurrentUser currentUser, Geography geography) {
        this.reevaluations = reevaluations;
        this.currentUser = currentUser;
        this.geography = geography;
    }

    /** A scope the form offers: its API value and the unit's name. */
    record Choice(String value, String name) {
    }

    /** A job as the pages show it: names and dates, no codes. */
    record JobView(UUID id, String status, int progress, String scope, String asOf, String startedAt, String finishedAt,
                   String households, String plannedHouseholds, String decisions, String changed, String skipped,
                   String flags, int chunks, int chunksDone, List<String> nodes) {
    }

    private JobView view(ReevaluationStatus j) {
        return new JobView(j.jobId(), j.status(), j.progress(), scopeName(j.scope()), Formats.date(j.asOf()),
                Formats.at(j.startedAt()), j.finishedAt() == null ? "" : Formats.at(j.finishedAt()),
                Formats.number(j.households()), j.plannedHouseholds() == null ? "" : Formats.number(j.plannedHouseholds()),
                Formats.number(j.decisions()), Formats.number(j.changed()), Formats.number(j.skipped()),
                Formats.number(j.flags()), j.chunks() == null ? 0 : j.chunks(), j.chunksDone(),
                j.nodes().stream().map(n -> n.node() + ": " + Formats.number(n.chunks()) + " / " + Formats.number(n.households())).toList());
    }

    private String scopeName(String scope) {
        int colon = scope.indexOf(':');
        return colon < 0 ? geography.nameOf(Jurisdiction.PROVINCE_CODE) : geography.nameOf(scope.substring(colon + 1));
    }

    @GetMapping("/reevaluations")
    String list(Model model) {
        model.addAttribute("jobs", reevaluations.recent().stream().map(this::view).toList());
        model.addAttribute("mayStart", reevaluations.mayStart());
        model.addAttribute("choices", choices());
        if (!model.containsAttribute("asOf")) {
            model.addAttribute("asOf", LocalDate.now(Formats.PROVINCE).format(DAY));
        }
        return "eligibility/reevaluations";
    }

    @PostMapping("/reevaluations")
    String start(@RequestParam(required = false) String scope, @RequestParam(required = false) String asOf, Model model) {
        String iso;
        try {
            iso = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf.strip(), DAY).toString();
        } catch (DateTimeParseException e) {
            iso = "?";
        }
        try {
            UUID id = reevaluations.start(scope, iso, null).jobId();
            return "redirect:/reevaluations/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("scope", scope);
            model.addAttribute("asOf", asOf);
            return list(model);
        }
    }

    @GetMapping("/reevaluations/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("job", view(reevaluations.status(id)));
        return "eligibility/reevaluation";
    }

    private List<Choice> choices() {
        Jurisdiction area = currentUser.jurisdiction();
        List<Choice> out = new ArrayList<>();
        switch (area.level()) {
            case PROVINCE -> {
                out.add(new Choice("PROVINCE", geography.nameOf(area.code())));
                for (AdminUnit d : geography.districts()) {
                    out.add(new Choice("DISTRICT:" + d.code(), d.displayName()));
                }
                geography.allCommunes().forEach(c -> out.add(new Choice("COMMUNE:" + c.code(), c.displayName())));
            }
            case DISTRICT -> {
                out.add(new Choice("DISTRICT:" + area.code(), geography.nameOf(area.code())));
                geography.communesOf(area.code()).forEach(c -> out.add(new Choice("COMMUNE:" + c.code(), c.displayName())));
            }
            case COMMUNE -> out.add(new Choice("COMMUNE:" + area.code(), geography.nameOf(area.code())));
        }
        return out;
    }
}
