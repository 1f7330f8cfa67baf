package vn.ansinh.casework.web;

import vn.ansinh.casework.ApprovalLevel;
import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.Program;
import vn.ansinh.casework.inbox.BulkApproval;
import vn.ansinh.casework.inbox.CaseDashboard;
import vn.ansinh.casework.inbox.CaseInbox;
import vn.ansinh.casework.inbox.InboxFilter;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task inbox (mine and my area's, overdue first), bulk approval, and the commune dashboard fragment. */
@Controller
class InboxController {

    private final CaseInbox inbox;
    private final BulkApproval bulk;
    private final CaseDashboard dashboard;
    private final CaseActors actors;
    private final vn.ansinh.geography.Geography geography;
    private final vn.ansinh.household.HouseholdManagement households;

    InboxController(CaseInbox inbox, BulkApproval bulk, CaseDashboard dashboard, CaseActors actors,
                    vn.ansinh.geography.Geography geography, vn.ansinh.household.HouseholdManagement households) {
        this.geography = geography;
        this.households = households;
        this.inbox = inbox;
        this.bulk = bulk;
        this.dashboard = dashboard;
        this.actors = actors;
    }

    @GetMapping("/inbox")
    String showInbox(@RequestParam(required = false) String commune, @RequestParam(required = false) Program program,
                     @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        CaseActor actor = actors.current();
        var items = inbox.of(actor, new InboxFilter(commune, program, overdue));
        model.addAttribute("items", items);
        // each task's household by its head and code, read once for the page
        model.addAttribute("households", households.labelsOf(items.stream().map(i -> i.householdId()).distinct().toList(),
                actor.jurisdiction()));
        // only an approver may approve in bulk, and only where a case waits for approval
        model.addAttribute("mayBulkApprove", vn.ansinh.common.access.Act.BULK_APPROVE.allows(actor.role())
                && items.stream().anyMatch(i -> "approval".equals(i.step())));
        model.addAttribute("commune", commune);
        model.addAttribute("program", program);
        model.addAttribute("overdue", overdue);
        model.addAttribute("programs", Arrays.asList(Program.values()));
        model.addAttribute("summary", actor.level() == ApprovalLevel.COMMUNE ? dashboard.of(actor) : null);
        area(model, actor);
        return "casework/inbox";
    }

    @PostMapping("/inbox/approve")
    String approveSelected(@RequestParam(name = "caseId", required = false) List<Long> caseIds,
                           RedirectAttributes redirect) {
        List<BulkApproval.Outcome> outcomes = bulk.approve(caseIds == null ? List.of() : caseIds, actors.current());
        redirect.addFlashAttribute("bulkApproved", outcomes.stream().filter(BulkApproval.Outcome::approved).count());
        redirect.addFlashAttribute("bulkRefused", outcomes.stream().filter(o -> !o.approved()).toList());
        return "redirect:/inbox";
    }

    @GetMapping("/cases/dashboard")
    String showDashboard(Model model) {
        CaseActor actor = actors.current();
        model.addAttribute("summary", dashboard.of(actor));
        area(model, actor);
        return "casework/dashboard :: panel";
    }

    /** The dashboard's heading names the caller's own level and area: "Hồ sơ của xã Nguyên Xá", "… của huyện Vũ Thư". */
    private void area(Model model, CaseActor actor) {
        String name = actor.code() == null ? "" : geography.nameOf(actor.code());
        model.addAttribute("dashboardLevel", actor.level().name());
        model.addAttribute("dashboardArea", name);
        model.addAttribute("dashboardAreaInText", name.isEmpty() ? name
                : Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }
}
