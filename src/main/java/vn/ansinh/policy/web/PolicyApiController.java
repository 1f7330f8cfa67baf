package vn.ansinh.policy.web;

import vn.ansinh.common.BundleTexts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.common.FieldErrorsResponse.FieldError;
import vn.ansinh.common.InvalidInput;
import vn.ansinh.policy.Finding;
import vn.ansinh.policy.PolicyVersion;
import vn.ansinh.policy.PolicyWorkbench;
import vn.ansinh.policy.RuleFile;
import vn.ansinh.policy.SubmitRefused;
import vn.ansinh.policy.TestRun;
import vn.ansinh.policy.VersionSummary;

/** The policy workbench API of issue 11 (fixed paths, fields and statuses); the pages use the same door. */
@RestController
class PolicyApiController {
    private static final BundleTexts TEXTS = new BundleTexts("i18n/policy");


    private static final String FILES = "/api/policy/drafts/{id}/files/";

    private final PolicyWorkbench workbench;

    PolicyApiController(PolicyWorkbench workbench) {
        this.workbench = workbench;
    }

    record DraftRequest(Long basedOn, String label) {
    }

    record DraftCreated(long id, String status) {
    }

    record SaveResult(List<Finding> findings) {
    }

    record TestsResult(int passed, int failed, List<TestRun.Result> results) {
    }

    record PublishRequest(OffsetDateTime effectiveAt, PolicyVersion.Changelog changelog) {
    }

    record Published(PolicyVersion version) {
    }

    record SendBackRequest(String note) {
    }

    @Operation(operationId = "listPolicyVersions", summary = "List the rule-set versions, the one in force first")
    @GetMapping("/api/policy/versions")
    List<VersionSummary> versions() {
        return workbench.versions();
    }

    @Operation(operationId = "getPolicyVersion", summary = "Get one rule-set version with its maker-checker trail and changelog")
    @GetMapping("/api/policy/versions/{id}")
    PolicyVersion version(@PathVariable long id) {
        return workbench.version(id);
    }

    @Operation(operationId = "exportPolicyVersion", summary = "Export a version as a zip whose rules/ folder replaces the repository's")
    @ApiResponse(responseCode = "200", description = "application/zip", content = @Content(mediaType = "application/zip"))
    @GetMapping(value = "/api/policy/versions/{id}/export.zip", produces = "application/zip")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        PolicyVersion v = workbench.version(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rules-" + v.label().replaceAll("[^A-Za-z0-9._+-]", "_") + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(workbench.export(id));
    }

    @Operation(operationId = "createPolicyDraft", summary = "Start a draft from any version (rolling back: a draft of an earlier version)")
    @ApiResponse(responseCode = "201", description = "The draft", useReturnTypeSchema = true)
    @PostMapping("/api/policy/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    DraftCreated createDraft(@RequestBody DraftRequest request) {
        if (request == null) {
            throw new InvalidInput(List.of(new FieldError("body", TEXTS.text("policy.error.required"))));
        }
        PolicyVersion v = workbench.createDraft(request.basedOn(), request.label());
        return new DraftCreated(v.id(), v.status().name());
    }

    @Operation(operationId = "listPolicyDraftFiles", summary = "List the files of a draft or version with their SHA-256")
    @GetMapping("/api/policy/drafts/{id}/files")
    List<RuleFile> files(@PathVariable long id) {
        return workbench.files(id);
    }

    @Operation(operationId = "getPolicyDraftFile", summary = "Get one file of a draft as text (path relative to rules/)")
    @ApiResponse(responseCode = "200", description = "The file's text", content = @Content(mediaType = "text/plain"))
    @GetMapping(value = FILES + "**", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    String file(@PathVariable long id, HttpServletRequest request) {
        return workbench.file(id, path(id, request));
    }

    @Operation(operationId = "savePolicyDraftFile", summary = "Save a file of a draft (text/plain body); answers the draft's findings")
    @PutMapping(value = FILES + "**", consumes = MediaType.ALL_VALUE)
    SaveResult save(@PathVariable long id, HttpServletRequest request, @RequestBody(required = false) String text) {
        return new SaveResult(workbench.saveFile(id, path(id, request), text));
    }

    @Operation(operationId = "deletePolicyDraftFile", summary = "Delete a file of a draft")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping(FILES + "**")
    ResponseEntity<Void> delete(@PathVariable long id, HttpServletRequest request) {
        workbench.deleteFile(id, path(id, request));
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "runPolicyDraftTests", summary = "Run every scenario on the draft: pass/fail and expected vs got per output")
    @PostMapping("/api/policy/drafts/{id}/tests")
    TestsResult tests(@PathVariable long id) {
        TestRun run = workbench.runTests(id);
        return new TestsResult(run.passed(), run.failed(), run.results());
    }

    @Operation(operationId = "submitPolicyDraft", summary = "Submit a draft for approval; 409 with its findings and failing scenarios")
    @ApiResponse(responseCode = "200", description = "Submitted", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Findings or failing scenarios", content = @Content(schema = @Schema(ref = "Error")))
    @PostMapping("/api/policy/drafts/{id}/submit")
    PolicyVersion submit(@PathVariable long id) {
        return workbench.submit(id);
    }

    @Operation(operationId = "approvePolicyDraft", summary = "Approve a submitted draft (never its own author: 403)")
    @PostMapping("/api/policy/drafts/{id}/approve")
    PolicyVersion approve(@PathVariable long id) {
        return workbench.approve(id);
    }

    @Operation(operationId = "sendBackPolicyDraft", summary = "Send a submitted draft back to its author with a note")
    @PostMapping("/api/policy/drafts/{id}/send-back")
    PolicyVersion sendBack(@PathVariable long id, @RequestBody(required = false) SendBackRequest request) {
        return workbench.sendBack(id, request == null ? null : request.note());
    }

    @Operation(operationId = "publishPolicyVersion", summary = "Publish an approved version now (effectiveAt null) or at a moment, with its changelog")
    @PostMapping("/api/policy/drafts/{id}/publish")
    Published publish(@PathVariable long id, @RequestBody(required = false) PublishRequest request) {
        if (request == null) {
            throw new InvalidInput(List.of(new FieldError("changelog", TEXTS.text("policy.error.required"))));
        }
        return new Published(workbench.publish(id, request.effectiveAt(), request.changelog()));
    }

    @ExceptionHandler(SubmitRefused.class)
    ResponseEntity<Map<String, Object>> refused(SubmitRefused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "not ready", "findings", e.findings(),
                "failedScenarios", e.failedScenarios()));
    }

    /** The path after {@code /files/}, as sent (URL-decoded by the container). */
    private static String path(long id, HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = "/api/policy/drafts/" + id + "/files/";
        String rest = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        return java.net.URLDecoder.decode(rest.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
