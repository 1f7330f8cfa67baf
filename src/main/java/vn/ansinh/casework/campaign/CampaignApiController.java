package vn.ansinh.casework.campaign;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The annual review campaign (README, Annual review campaign): open the year's, follow it, close it. */
@RestController
class CampaignApiController {

    private final Campaigns campaigns;
    private final MessageSource messages;

    CampaignApiController(Campaigns campaigns, MessageSource messages) {
        this.campaigns = campaigns;
        this.messages = messages;
    }

    /** Body of {@code POST /api/campaigns}: dates as ISO text so that each bad field is named; chunkSize optional. */
    record OpenRequest(Integer year, String startsOn, String endsOn, Integer chunkSize) {
    }

    /** Body of {@code POST /api/campaigns/{id}/close}: {@code leaveOpenCases} confirms leaving open cases to next year. */
    record CloseRequest(Boolean leaveOpenCases) {
    }

    @Operation(operationId = "openCampaign", summary = "Open the year's annual review campaign: a review case for every"
            + " household on a poor / near-poor list, with a pending request or a poverty flag, opened in the background")
    @PostMapping("/api/campaigns")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Campaigns.Accepted open(@RequestBody(required = false) OpenRequest request) {
        OpenRequest body = request == null ? new OpenRequest(null, null, null, null) : request;
        return campaigns.open(body.year(), body.startsOn(), body.endsOn(), body.chunkSize());
    }

    @Operation(operationId = "getCampaign", summary = "A campaign's status, the opening's progress and its cases by step,"
            + " counted within the caller's area")
    @GetMapping("/api/campaigns/{id}")
    CampaignStatus status(@PathVariable long id) {
        return campaigns.status(id);
    }

    @Operation(operationId = "closeCampaign", summary = "Close the campaign and fix the year's official poverty statuses;"
            + " refused (409) while cases are open unless leaveOpenCases is true")
    @PostMapping("/api/campaigns/{id}/close")
    CampaignStatus close(@PathVariable long id, @RequestBody(required = false) CloseRequest request) {
        return campaigns.close(id, request != null && Boolean.TRUE.equals(request.leaveOpenCases()));
    }

    @ExceptionHandler(CampaignRefused.class)
    ResponseEntity<Map<String, Object>> refused(CampaignRefused e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("message", messages.getMessage(e.code(), new Object[]{String.valueOf(e.openCases())},
                LocaleContextHolder.getLocale()));
        if (e.openCases() > 0) {
            body.put("openCases", e.openCases());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
