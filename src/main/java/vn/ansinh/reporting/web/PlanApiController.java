package vn.ansinh.reporting.web;

import vn.ansinh.common.Formats;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ansinh.reporting.CrossTable;
import vn.ansinh.reporting.Indicator;
import vn.ansinh.reporting.PlanTracking;
import vn.ansinh.reporting.ReportedValue;
import vn.ansinh.reporting.Target;

/** The plan tracker's fixed API: targets, indicators for a year and area, the poverty review summary. */
@RestController
@RequestMapping("/api/plan")
class PlanApiController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanTracking plan;

    PlanApiController(PlanTracking plan) {
        this.plan = plan;
    }

    @Operation(operationId = "listPlanTargets", summary = "List the plan's targets with section, indicator, value, due year and department")
    @GetMapping("/targets")
    List<Target> targets() {
        return plan.targets();
    }

    @Operation(operationId = "planIndicators", summary = "Each target against the value measured or reported for a year and area")
    @GetMapping("/indicators")
    List<Indicator> indicators(@RequestParam(required = false) String year, @RequestParam(required = false) String area) {
        return plan.indicators(year, area);
    }

    @Operation(operationId = "povertySummaryXlsx", summary = "The poverty review summary form of a year and area as XLSX")
    @GetMapping("/reports/poverty-summary.xlsx")
    ResponseEntity<byte[]> summaryXlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String area) {
        return file(plan.povertySummaryXlsx(year, area), XLSX, "tong-hop-ra-soat-" + name(year, area) + ".xlsx");
    }

    @Operation(operationId = "povertySummaryPdf", summary = "The poverty review summary form of a year and area as PDF")
    @GetMapping("/reports/poverty-summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@RequestParam(required = false) String year, @RequestParam(required = false) String area) {
        return file(plan.povertySummaryPdf(year, area), MediaType.APPLICATION_PDF, "tong-hop-ra-soat-" + name(year, area) + ".pdf");
    }

    /** People counted by two register variables; {@code filter} is {@code VARIABLE:VALUE}. */
    @Operation(operationId = "crossTabulate", summary = "Cross-tabulate two register variables with counts and percentages")
    @GetMapping("/crosstab")
    CrossTable crossTab(@RequestParam(required = false) String year, @RequestParam(required = false) String area,
                        @RequestParam(required = false) String rows, @RequestParam(required = false) String columns,
                        @RequestParam(required = false) String filter) {
        return plan.crossTab(year, area, rows, columns, filter);
    }

    @Operation(operationId = "crossTabulationXlsx", summary = "A cross-tabulation as XLSX (counts below 5 suppressed for publication)")
    @GetMapping("/crosstab.xlsx")
    ResponseEntity<byte[]> crossTabXlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String area,
                                        @RequestParam(required = false) String rows, @RequestParam(required = false) String columns,
                                        @RequestParam(required = false) String filter,
                                        @RequestParam(defaultValue = "false") boolean publication) {
        return file(plan.crossTabXlsx(year, area, rows, columns, filter, publication), XLSX,
                "bang-cheo-" + name(year, area) + (publication ? "-cong-bo" : "") + ".xlsx");
    }

    /** Rebuilds the register's counts (after bulk work); province staff only. */
    @Operation(operationId = "recomputePlanCounts", summary = "Recompute the register's counts behind the indicators for a span of years")
    @PostMapping("/recompute")
    Map<String, Object> recompute(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        int last = Year.now(Formats.PROVINCE).getValue();
        plan.recompute(from == null ? 2012 : from, to == null ? last : to);
        return Map.of("recomputed", true);
    }

    record ReportedForm(String targetId, String year, BigDecimal value, String source, String note) {
    }

    @Operation(operationId = "reportFigure", summary = "Enter a department's figure for a reported target and year")
    @PostMapping("/reported")
    ReportedValue report(@RequestBody ReportedForm form) {
        return plan.submitReported(form.targetId(), form.year(), form.value(), form.source(), form.note());
    }

    @Operation(operationId = "confirmReportedFigure", summary = "Confirm a reported figure entered by another province officer")
    @PostMapping("/reported/{id}/confirmation")
    ReportedValue confirm(@PathVariable long id) {
        return plan.confirmReported(id);
    }

    private static String name(String year, String area) {
        return (area == null ? "" : area.replaceAll("[^0-9]", "")) + "-" + (year == null ? "" : year.replaceAll("[^0-9]", ""));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
