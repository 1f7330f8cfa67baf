package vn.ansinh.payment.export;

import vn.ansinh.payment.cycle.PaymentCycle;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** HTTP responses for the exported files, shared by the pages and the API. */
public final class PaymentFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private PaymentFiles() {
    }

    public static ResponseEntity<byte[]> communeList(PaymentCycle cycle, String commune, String format, PaymentDocuments documents) {
        boolean xlsx = "xlsx".equals(format);
        byte[] body = documents.communeList(cycle, commune, xlsx ? PaymentDocuments.Format.XLSX : PaymentDocuments.Format.PDF);
        String name = "chi-tra-" + commune + "-" + cycle.getMonth() + "." + format;
        return file(body, xlsx ? XLSX : MediaType.APPLICATION_PDF, name);
    }

    public static ResponseEntity<byte[]> payerFile(PaymentCycle cycle, PaymentDocuments documents) {
        return file(documents.payerFile(cycle, null), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "chi-tra-" + cycle.getDistrictCode() + "-" + cycle.getMonth() + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
