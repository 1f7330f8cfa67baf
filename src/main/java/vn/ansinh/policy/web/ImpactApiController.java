package vn.ansinh.policy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.policy.ImpactRun;
import vn.ansinh.policy.PolicyImpact;

/** The impact run of issue 11: start one for a draft, read its progress, summary and changes, export them. */
@RestController
class ImpactApiController {

    private final PolicyImpact impact;

    ImpactApiController(PolicyImpact impact) {
        this.impact = impact;
    }

    /** {@code asOf} as ISO {@code yyyy-MM-dd}. */
    record ImpactRequest(LocalDate asOf) {
    }

    @Operation(operationId = "startPolicyImpact",
            summary = "Start an impact run of a draft: every registered household under the version in force and the draft, as of a date, in the background")
    @ApiResponse(responseCode = "202", description = "Started; poll GET /api/policy/impact/{jobId}", useReturnTypeSchema = true)
    @PostMapping("/api/policy/drafts/{id}/impact")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> start(@PathVariable long id, @RequestBody(required = false) ImpactRequest request) {
        return Map.of("jobId", impact.start(id, request == null ? null : request.asOf()));
    }

    @Operation(operationId = "getPolicyImpact",
            summary = "An impact run: status, progress, summary and one page of the changes with the criteria that flipped (a commune officer: their commune)")
    @GetMapping("/api/policy/impact/{jobId}")
    ImpactRun run(@PathVariable UUID jobId, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String program,
                  @RequestParam(required = false) String commune, @RequestParam(required = false) String district,
                  @RequestParam(required = false) String household) {
        return impact.run(jobId, new PolicyImpact.Filter(commune, district, program, household), page, size);
    }

    @Operation(operationId = "exportPolicyImpact", summary = "The changes of an impact run (filtered as the list) as an XLSX workbook")
    @ApiResponse(responseCode = "200", description = "XLSX",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    @GetMapping("/api/policy/impact/{jobId}/changes.xlsx")
    void export(@PathVariable UUID jobId, @RequestParam(required = false) String program,
                @RequestParam(required = false) String commune, @RequestParam(required = false) String district,
                @RequestParam(required = false) String household, Locale locale, HttpServletResponse response)
            throws IOException {
        var buffer = new java.io.ByteArrayOutputStream();
        impact.export(jobId, new PolicyImpact.Filter(commune, district, program, household), locale, buffer);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"impact-" + jobId + ".xlsx\"");
        buffer.writeTo(response.getOutputStream());
    }
}
