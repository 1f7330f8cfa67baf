package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;
import vn.ansinh.support.RawHttp;
import vn.ansinh.support.TestHouseholds;

/**
 * The recorded address is the server's view of the peer; X-Forwarded-For counts only from the trusted proxy
 * (127.0.0.1 here). Odd forwarded headers — long, Unicode, many commas, CR/LF attempts, empty, random — reach
 * the real Tomcat byte for byte, and none may break a read or an edit or leave it unaudited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditAddressTests extends IntegrationTest {

    private static final String OFFICER = "canbo.vuphuc";
    private static final String BASIC = "Authorization: Basic "
            + Base64.getEncoder().encodeToString((OFFICER + ":" + OFFICER).getBytes(StandardCharsets.UTF_8)) + "\r\n";

    @Autowired
    JdbcTemplate jdbc;

    private long household;
    private String body;

    @BeforeAll
    void registerAHousehold() throws Exception {
        String created = mvc.perform(post("/api/households").with(httpBasic(OFFICER, OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(TestHouseholds.json("Địa Chỉ Lạ", "12466", "Địa Chỉ Lạ")))
                .andReturn().getResponse().getContentAsString();
        household = ((Number) JsonPath.read(created, "$.id")).longValue();
        body = created.replaceAll("\"version\":\\d+,", "");
    }

    /** Forwarded-for values an attacker or a broken proxy might send; {@code name → value}. */
    static List<Map.Entry<String, String>> oddHeaders() {
        List<Map.Entry<String, String>> odd = new ArrayList<>(List.of(
                Map.entry("empty", ""),
                Map.entry("blank", "   "),
                Map.entry("one comma", ","),
                Map.entry("commas only", ",".repeat(400)),
                Map.entry("65 characters (the reported 409)", "a".repeat(65)),
                Map.entry("65 digits and dots", "1.2.3.4.5.6.7.8.9.0".repeat(4).substring(0, 65)),
                Map.entry("200 characters", "x".repeat(200)),
                Map.entry("4000 characters", "9".repeat(4000)),
                Map.entry("300 addresses", "198.51.100.1, ".repeat(299) + "198.51.100.2"),
                Map.entry("many commas between", "203.0.113.1,,,,,,,,,,203.0.113.2,,,,"),
                Map.entry("Vietnamese", "Nguyễn Văn Địa Chỉ"),
                Map.entry("emoji", "😀😀😀 1.2.3.4 🇻🇳"),
                Map.entry("right-to-left override", "\u202E4.3.2.1"),
                Map.entry("zero-width", "1.2\u200B.3.4"),
                Map.entry("long Unicode", "ễ".repeat(500)),
                Map.entry("IPv6", "2001:db8::1"),
                Map.entry("IPv6 with port", "[2001:db8::1]:8443"),
                Map.entry("unknown", "unknown"),
                Map.entry("SQL", "1.2.3.4'); delete from audit_entry; --"),
                Map.entry("quotes and brackets", "\"<script>alert(1)</script>\""),
                Map.entry("CRLF then an injected header", "203.0.113.5\r\nX-Injected: yes"),
                Map.entry("tab inside", "203.0.113.5\t203.0.113.6"),
                Map.entry("percent-encoded CRLF", "203.0.113.5%0d%0aX-Injected:%20yes")));
        Random random = new Random(20261202);
        for (int i = 0; i < 20; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(i % 2 == 0 ? 120 : 1500);
            for (int c = 0; c < length; c++) {
                int pick = random.nextInt(10);
                s.appendCodePoint(pick < 6 ? 0x20 + random.nextInt(0x5F) : pick < 8 ? ',' : 0xA0 + random.nextInt(0x2000));
            }
            odd.add(Map.entry("random " + i, s.toString()));
        }
        return odd;
    }

    private List<String> entriesSince(long id, String action) {
        return jdbc.queryForList("select remote_addr from audit_entry where id > ? and action = ? and subject_id = ?",
                String.class, id, action, String.valueOf(household));
    }

    private long lastId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    @Test
    void noOddForwardedHeaderBreaksAReadOrAnEditOrItsAuditEntry() throws Exception {
        List<String> broken = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, String> odd : oddHeaders()) {
            tried++;
            String header = "X-Forwarded-For: " + odd.getValue() + "\r\n";
            long before = lastId();
            RawHttp.Answer read = RawHttp.send("127.0.0.1", port, "GET", "/api/households/" + household, BASIC + header, null);
            RawHttp.Answer edit = RawHttp.send("127.0.0.1", port, "PUT", "/api/households/" + household, BASIC + header, body);
            List<String> reads = entriesSince(before, "HOUSEHOLD_READ");
            List<String> edits = entriesSince(before, "HOUSEHOLD_UPDATED");
            if (read.status() != 200 || edit.status() != 200 || reads.size() != 1 || edits.size() != 1) {
                broken.add(odd.getKey() + ": read " + read.status() + ", edit " + edit.status() + ", audited " + reads.size() + "/" + edits.size());
                continue;
            }
            for (String address : List.of(reads.get(0) == null ? "" : reads.get(0), edits.get(0) == null ? "" : edits.get(0))) {
                if (address.codePointCount(0, address.length()) > 64 || address.chars().anyMatch(Character::isISOControl)) {
                    broken.add(odd.getKey() + ": stored address " + address);
                }
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(40);
        assertThat(broken).isEmpty();
    }

    @Test
    void forwardedForCountsFromTheTrustedProxyOnly() throws Exception {
        long before = lastId();
        String header = "X-Forwarded-For: 203.0.113.9\r\n";
        assertThat(RawHttp.send("127.0.0.1", port, "GET", "/api/households/" + household, BASIC + header, null).status()).isEqualTo(200);
        assertThat(entriesSince(before, "HOUSEHOLD_READ")).containsExactly("203.0.113.9");

        before = lastId();
        String overlong = "X-Forwarded-For: " + "a".repeat(65) + "\r\n";
        assertThat(RawHttp.send("127.0.0.1", port, "GET", "/api/households/" + household, BASIC + overlong, null).status()).isEqualTo(200);
        assertThat(entriesSince(before, "HOUSEHOLD_READ")).as("cut to the column, not refused").containsExactly("a".repeat(63) + "…");

        before = lastId();
        assertThat(RawHttp.send("127.0.0.2", port, "GET", "/api/households/" + household, BASIC + header, null).status()).isEqualTo(200);
        assertThat(entriesSince(before, "HOUSEHOLD_READ")).as("127.0.0.2 is no trusted proxy").containsExactly("127.0.0.2");
    }

    @Test
    void theAuditTrailNeverReadsTheHeaderItself() throws Exception {
        long before = lastId();
        mvc.perform(get("/api/households/" + household).with(httpBasic(OFFICER, OFFICER))
                .header("X-Forwarded-For", "203.0.113.77").with(r -> { r.setRemoteAddr("198.51.100.23"); return r; }));
        assertThat(entriesSince(before, "HOUSEHOLD_READ")).containsExactly("198.51.100.23");
    }
}
