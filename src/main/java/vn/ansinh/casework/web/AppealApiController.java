package vn.ansinh.casework.web;

import vn.ansinh.casework.AppealNotFound;
import vn.ansinh.casework.AppealOutcome;
import vn.ansinh.casework.AppealStatus;
import vn.ansinh.casework.AppealView;
import vn.ansinh.casework.AppealWorkflow;
import vn.ansinh.casework.CaseActors;
import vn.ansinh.casework.CaseTransitionRefused;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of appeals: the same acts, area rules and refusals as the pages. */
@RestController
class AppealApiController {

    record LodgeRequest(LocalDate receivedOn, String grounds) {
    }

    record DecisionRequest(Integer version, AppealOutcome outcome, String reason) {
    }

    private final AppealWorkflow appeals;
    private final CaseActors actors;

    AppealApiController(AppealWorkflow appeals, CaseActors actors) {
        this.appeals = appeals;
        this.actors = actors;
    }

    @Operation(operationId = "lodgeAppeal", summary = "Lodge a household's appeal against a decided case")
    @PostMapping("/api/cases/{id}/appeals")
    ResponseEntity<AppealView> lodge(@PathVariable long id, @RequestBody LodgeRequest request) {
        long appealId = appeals.lodge(id, request.receivedOn(), request.grounds(), actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).body(show(appealId));
    }

    @Operation(operationId = "listAppeals", summary = "List the appeals of the caller's area, open and overdue first")
    @GetMapping("/api/appeals")
    List<AppealView> list() {
        return appeals.list(actors.current());
    }

    @Operation(operationId = "countAppeals", summary = "Count the appeals of the caller's area by status")
    @GetMapping("/api/appeals/counts")
    Map<AppealStatus, Long> counts() {
        return appeals.counts(actors.current());
    }

    @Operation(operationId = "getAppeal", summary = "Get one appeal with the decision re-run as decided and under today's rules")
    @GetMapping("/api/appeals/{id}")
    AppealView show(@PathVariable long id) {
        return appeals.find(id, actors.current()).orElseThrow(() -> new AppealNotFound(id));
    }

    @Operation(operationId = "decideAppeal", summary = "Uphold, change or send back an appeal, with the reason")
    @PostMapping("/api/appeals/{id}/decision")
    AppealView decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        if (request.outcome() == null) {
            throw new CaseTransitionRefused("appeal.outcome.required", "outcome");
        }
        appeals.decide(id, request.version(), request.outcome(), request.reason(), actors.current());
        return show(id);
    }
}
