package vn.ansinh.eligibility.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.eligibility.ReevaluationStatus;
import vn.ansinh.eligibility.Reevaluations;

/** Bulk re-evaluation (README, Bulk re-evaluation): start a job over an area as of a date, follow it. */
@RestController
class ReevaluationApiController {

    private final Reevaluations reevaluations;

    ReevaluationApiController(Reevaluations reevaluations) {
        this.reevaluations = reevaluations;
    }

    /** Body of {@code POST /api/reevaluations}: dates and scope as text so that each bad field is named. */
    record StartRequest(String scope, String asOf, Integer chunkSize) {
    }

    @Operation(operationId = "startReevaluation",
            summary = "Re-evaluate every household of a commune, a district or the province as of a date, in the background")
    @PostMapping("/api/reevaluations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Reevaluations.Accepted start(@RequestBody(required = false) StartRequest request) {
        StartRequest body = request == null ? new StartRequest(null, null, null) : request;
        return reevaluations.start(body.scope(), body.asOf(), body.chunkSize());
    }

    @Operation(operationId = "getReevaluation", summary = "A bulk re-evaluation's status, progress and counts")
    @GetMapping("/api/reevaluations/{jobId}")
    ReevaluationStatus status(@PathVariable UUID jobId) {
        return reevaluations.status(jobId);
    }
}
