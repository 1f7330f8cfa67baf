package vn.ansinh.casework.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ansinh.common.Formats;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.eligibility.ReevaluationFlags;
import vn.ansinh.eligibility.ReevaluationFlags.PendingFlag;
import vn.ansinh.geography.Geography;

/** The campaign pages: the campaigns and the open form, one campaign's progress by commune, the flags to review. */
@Controller
class CampaignPageController {

    private final Campaigns campaigns;
    private final CampaignFlags flags;
    private final Geography geography;
    private final MessageSource messages;

    CampaignPageController(Campaigns campaigns, CampaignFlags flags, Geography geography, MessageSource messages) {
        this.campaigns = campaigns;
        this.flags = flags;
        this.geography = geography;
        this.messages = messages;
    }

    /** A campaign as the pages show it: words and dates, no codes. */
    record CampaignView(long id, int year, String startsOn, String endsOn, String status, int progress, String households,
                        String opened, String assessment, String meeting, String posted, String approval, String decided,
                        String openedAt, String closedAt, String leftOpen, String fixed) {
    }

    /** One commune's row. */
    record CommuneRow(String commune, String district, String households, String opened, String assessment,
                      String meeting, String posted, String approval, String decided) {
    }

    /** One flag's row: the household's commune in words, the outcome's program and its values as the bundle says them. */
    record FlagRow(long id, long householdId, String commune, String program, boolean member, String before, String after,
                   String flaggedAt, boolean hasCase) {
    }

    private static CampaignView view(CampaignStatus s) {
        CampaignStatus.ByStep b = s.byStep();
        return new CampaignView(s.id(), s.year(), Formats.date(s.startsOn()), Formats.date(s.endsOn()), s.status(),
                s.progress(), Formats.number(s.households()), Formats.number(s.opened()), Formats.number(b.assessment()),
                Formats.number(b.meeting()), Formats.number(b.posted()), Formats.number(b.approval()),
                Formats.number(b.decided()), Formats.at(s.openedAt()), s.closedAt() == null ? "" : Formats.at(s.closedAt()),
                s.leftOpen() == null ? "" : Formats.number(s.leftOpen()), s.fixed() == null ? "" : Formats.number(s.fixed()));
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        List<CampaignView> all = campaigns.recent().stream().map(CampaignPageController::view).toList();
        model.addAttribute("campaigns", all);
        model.addAttribute("mayRun", campaigns.mayRun());
        model.addAttribute("anyOpen", all.stream().anyMatch(c -> !c.status().equals("CLOSED")));
        if (!model.containsAttribute("year")) {
            int year = LocalDate.now(Formats.PROVINCE).getYear();
            model.addAttribute("year", String.valueOf(year));
            model.addAttribute("startsOn", Formats.date(LocalDate.of(year, 9, 1)));
            model.addAttribute("endsOn", Formats.date(LocalDate.of(year, 12, 14)));
        }
        return "casework/campaigns";
    }

    @PostMapping("/campaigns")
    String open(@RequestParam(required = false) String year, @RequestParam(required = false) String startsOn,
                @RequestParam(required = false) String endsOn, Model model) {
        Integer y;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            y = -1;
        }
        try {
            long id = campaigns.open(y, iso(startsOn), iso(endsOn)).id();
            return "redirect:/campaigns/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors());
        } catch (CampaignRefused e) {
            model.addAttribute("refusal", e.code());
        }
        model.addAttribute("year", year);
        model.addAttribute("startsOn", startsOn);
        model.addAttribute("endsOn", endsOn);
        return list(model);
    }

    @GetMapping("/campaigns/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("campaign", view(campaigns.status(id)));
        model.addAttribute("communes", campaigns.communes(id).stream().map(k -> new CommuneRow(geography.nameOf(k.communeCode()),
                k.districtCode() == null ? "" : geography.nameOf(k.districtCode()), Formats.number(k.households()),
                Formats.number(k.opened()), Formats.number(k.assessment()), Formats.number(k.meeting()),
                Formats.number(k.posted()), Formats.number(k.approval()), Formats.number(k.decided()))).toList());
        model.addAttribute("mayRun", campaigns.mayRun());
        return "casework/campaign";
    }

    @PostMapping("/campaigns/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String leaveOpenCases, RedirectAttributes redirect) {
        try {
            campaigns.close(id, "true".equals(leaveOpenCases));
            redirect.addFlashAttribute("message", "campaign.closedNow");
        } catch (CampaignRefused e) {
            redirect.addFlashAttribute("error", e.code());
            redirect.addFlashAttribute("openCases", Formats.number(e.openCases()));
        }
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/campaigns/flags")
    String flags(@RequestParam(required = false) String after, Model model) {
        ReevaluationFlags.PendingPage page;
        try {
            page = flags.pending(after);
        } catch (InvalidInput e) {
            model.addAttribute("error", e.errors().get(0).message());
            page = flags.pending(null);
        }
        model.addAttribute("flags", page.flags().stream().map(this::row).toList());
        model.addAttribute("nextAfter", page.next() == null ? null : page.next().text());
        model.addAttribute("paged", after != null && !after.isBlank());
        return "casework/campaign-flags";
    }

    @PostMapping("/campaigns/flags/{id}/case")
    String openCase(@PathVariable long id, RedirectAttributes redirect) {
        try {
            long caseId = flags.openCase(id);
            return "redirect:/cases/" + caseId;
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().get(0).message());
            return "redirect:/campaigns/flags";
        }
    }

    @PostMapping("/campaigns/flags/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            flags.dismiss(id, reason);
            redirect.addFlashAttribute("message", "campaign.flag.dismissed");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.errors().get(0).message());
        }
        return "redirect:/campaigns/flags";
    }

    private FlagRow row(PendingFlag f) {
        return new FlagRow(f.id(), f.householdId(), geography.nameOf(f.communeCode()), f.program(), !f.memberId().isEmpty(),
                words(f.before()), words(f.after()), Formats.at(f.flaggedAt()), CampaignFlags.hasCase(f));
    }

    /** An outcome's value in words: a status or outcome by its key, any other value (an allowance category) as such. */
    private String words(String value) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        if (value == null || value.equals("-") || value.isBlank()) {
            return messages.getMessage("campaign.flag.value.absent", null, locale);
        }
        String known = messages.getMessage("campaign.flag.value." + value, null, null, locale);
        return known != null ? known : messages.getMessage("campaign.flag.value.category", null, locale);
    }

    /** A dd/MM/yyyy date as ISO text for the door ("?" when it does not parse, which the door names as invalid). */
    private static String iso(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip(), Formats.DATE).toString();
        } catch (DateTimeParseException e) {
            return "?";
        }
    }
}
