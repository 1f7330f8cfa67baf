package vn.ansinh.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.policy.RegisterScenarios;

/** Adding a scenario made of a registered household to a draft (the workbench API). */
@RestController
class RegisterScenarioApiController {

    private final RegisterScenarios scenarios;

    RegisterScenarioApiController(RegisterScenarios scenarios) {
        this.scenarios = scenarios;
    }

    /** {@code asOf} as ISO {@code yyyy-MM-dd}; {@code name} optional. */
    record ScenarioRequest(String householdCode, LocalDate asOf, String name) {
    }

    @Operation(operationId = "addPolicyScenarioFromHousehold",
            summary = "Add a scenario to a draft from a registered household: its facts without names, today's outputs as expected values")
    @ApiResponse(responseCode = "201", description = "Added; the draft's findings after the save", useReturnTypeSchema = true)
    @PostMapping("/api/policy/drafts/{id}/scenarios")
    @ResponseStatus(HttpStatus.CREATED)
    RegisterScenarios.Added add(@PathVariable long id, @RequestBody(required = false) ScenarioRequest request) {
        ScenarioRequest r = request == null ? new ScenarioRequest(null, null, null) : request;
        return scenarios.add(id, r.householdCode(), r.asOf(), r.name());
    }

}
