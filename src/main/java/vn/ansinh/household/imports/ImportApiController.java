package vn.ansinh.household.imports;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import vn.ansinh.common.BundleTexts;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ansinh.common.access.CurrentUser;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.geography.AdminUnit;
import vn.ansinh.geography.Geography;

@RestController
@RequestMapping("/api/households/imports")
class ImportApiController {

    private static final BundleTexts TEXTS = new BundleTexts("i18n/messages");

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final HouseholdImports imports;
    private final CurrentUser currentUser;

    private final Geography geography;

    ImportApiController(HouseholdImports imports, CurrentUser currentUser, Geography geography) {
        this.geography = geography;
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @Operation(operationId = "householdImportTemplateCsv", summary = "The household survey layout as CSV: the header and one example household")
    @GetMapping("/template.csv")
    ResponseEntity<byte[]> templateCsv() throws IOException {
        return download(ImportTemplate.csv(ownCommune()), new MediaType("text", "csv", StandardCharsets.UTF_8), "mau-nhap-ho.csv");
    }

    @Operation(operationId = "householdImportTemplateXlsx", summary = "The household survey layout as XLSX: the header and one example household")
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> templateXlsx() throws IOException {
        return download(ImportTemplate.xlsx(ownCommune()), XLSX, "mau-nhap-ho.xlsx");
    }

    /** The example names the caller's commune, or the first commune of their area. */
    private String ownCommune() {
        Jurisdiction scope = currentUser.jurisdiction();
        return switch (scope.level()) {
            case COMMUNE -> scope.code();
            case DISTRICT -> geography.communesOf(scope.code()).stream().findFirst().map(AdminUnit::code).orElse("");
            case PROVINCE -> geography.allCommunes().stream().findFirst().map(AdminUnit::code).orElse("");
        };
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    @Operation(operationId = "importHouseholds", summary = "Import households from a CSV or XLSX survey file, in the background")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    HouseholdImports.Accepted submit(@RequestPart(name = "file", required = false) MultipartFile file,
                                     @RequestParam(required = false) String mode,
                                     @RequestParam(required = false) String existing) {
        return imports.submit(file, mode, existing);
    }

    @Operation(operationId = "getHouseholdImport", summary = "An import's status, progress, counts and first rejected rows")
    @GetMapping("/{jobId}")
    ImportStatus status(@PathVariable UUID jobId) {
        return imports.status(jobId);
    }

    @Operation(operationId = "householdImportRejectedCsv", summary = "Every rejected row of an import as CSV: line, column, reason")
    @GetMapping("/{jobId}/rejected.csv")
    void rejected(@PathVariable UUID jobId, HttpServletResponse response) throws IOException {
        imports.status(jobId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dong-bi-tu-choi-" + jobId + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(TEXTS.text("household.import.rejected.line"), TEXTS.text("household.import.rejected.column"),
                TEXTS.text("household.import.rejected.reason"));
        imports.eachRejection(jobId, r -> {
            try {
                csv.printRecord(r.line(), r.column() == null ? "" : r.column(), r.reason());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        csv.flush();
    }
}
