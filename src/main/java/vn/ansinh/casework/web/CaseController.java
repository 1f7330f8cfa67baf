package vn.ansinh.casework.web;

import vn.ansinh.casework.CaseActor;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseActs;
import vn.ansinh.casework.CaseKind;
import vn.ansinh.casework.CaseNotFound;
import vn.ansinh.casework.CaseQueries;
import vn.ansinh.casework.CaseTransitionRefused;
import vn.ansinh.casework.CaseView;
import vn.ansinh.casework.CaseWorkflow;
import vn.ansinh.casework.DecisionPaper;
import vn.ansinh.casework.ComplaintType;
import vn.ansinh.casework.DuplicateCase;
import vn.ansinh.casework.OpenCase;
import vn.ansinh.casework.Program;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpSession;
import vn.ansinh.common.FormTokens;
import vn.ansinh.household.HouseholdManagement;
import vn.ansinh.household.HouseholdView;

/** Opening a case, the case page, its diagram and the decision notice. */
@Controller
class CaseController {

    private final CaseWorkflow workflow;
    private final CaseQueries queries;
    private final CaseActors actors;
    private final HouseholdManagement households;
    private final CaseDiagram diagram;
    private final CasePageModel pageModel;
    private final FormTokens tokens;
    private final DecisionPaper paper;

    CaseController(CaseWorkflow workflow, CaseQueries queries, CaseActors actors, HouseholdManagement households,
                   CaseDiagram diagram, CasePageModel pageModel, FormTokens tokens, DecisionPaper paper) {
        this.paper = paper;
        this.tokens = tokens;
        this.workflow = workflow;
        this.queries = queries;
        this.actors = actors;
        this.households = households;
        this.diagram = diagram;
        this.pageModel = pageModel;
    }

    @GetMapping("/cases/new")
    String initCreationForm(@RequestParam long householdId, Model model, HttpSession session) {
        model.addAttribute("formToken", tokens.issue(session));
        model.addAttribute("household", households.get(householdId));
        model.addAttribute("programs", Arrays.asList(Program.values()));
        model.addAttribute("kinds", Arrays.asList(CaseKind.values()));
        return "casework/new";
    }

    @PostMapping("/cases/new")
    String processCreationForm(@RequestParam long householdId, @RequestParam Program program,
                               @RequestParam CaseKind kind, @RequestParam(required = false) Long memberId,
                               @RequestParam(name = FormTokens.FIELD, required = false) String token,
                               HttpSession session, RedirectAttributes redirect) {
        HouseholdView household = households.get(householdId);
        return tokens.once(session, token, () -> open(household, program, kind, memberId, redirect));
    }

    private String open(HouseholdView household, Program program, CaseKind kind, Long memberId, RedirectAttributes redirect) {
        long householdId = household.id();
        try {
            long id = workflow.open(new OpenCase(householdId, memberId, program, kind, household.communeCode(),
                    household.districtCode()), actors.current());
            return "redirect:/cases/" + id;
        } catch (DuplicateCase e) {
            redirect.addFlashAttribute("error", "case.duplicate");
            redirect.addFlashAttribute("openCaseId", e.existingId());
        } catch (CaseTransitionRefused e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/cases/new?householdId=" + householdId;
    }

    @GetMapping("/cases/{id}")
    String showCase(@PathVariable long id, Model model) {
        CaseActor actor = actors.current();
        CaseView view = queries.find(id, actor).orElseThrow(() -> new CaseNotFound(id));
        pageModel.fill(model, view, actor);
        return "casework/case";
    }

    @GetMapping(value = "/cases/{id}/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> showDiagram(@PathVariable long id) {
        CaseView view = queries.find(id, actors.current()).orElseThrow(() -> new CaseNotFound(id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(diagram.png(view.processInstanceId()));
    }

    @GetMapping("/cases/{id}/notice")
    String showNotice(@PathVariable long id, Model model) {
        CaseView view = queries.find(id, actors.current()).orElseThrow(() -> new CaseNotFound(id));
        model.addAttribute("c", view);
        model.addAttribute("household", households.get(view.householdId()));
        model.addAttribute("reference", view.decidedOn() == null ? null
                : view.reference());
        return "casework/notice";
    }

    /** The approved case's decision (Quyết định) on A4, with the notice to the household. */
    @GetMapping("/cases/{id}/decision.pdf")
    Object decisionPdf(@PathVariable long id, RedirectAttributes redirect) {
        try {
            return pdf(id, paper.pdf(id, actors.current()));
        } catch (CaseTransitionRefused e) {
            redirect.addFlashAttribute("error", e.code());
            return "redirect:/cases/" + id;
        }
    }

    static ResponseEntity<byte[]> pdf(long id, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"quyet-dinh-" + id + ".pdf\"").body(body);
    }

    @PostMapping("/cases/{id}/claim")
    String claim(@PathVariable long id, @RequestParam String step, RedirectAttributes redirect) {
        return CaseActs.run(id, redirect, () -> workflow.claim(id, step, actors.current()));
    }

    static List<String> complaintTypes() {
        return Arrays.stream(ComplaintType.values()).map(Enum::name).toList();
    }
}
