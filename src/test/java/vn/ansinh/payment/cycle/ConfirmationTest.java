package vn.ansinh.payment.cycle;

import vn.ansinh.payment.export.PayerCsv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ConfirmationTest {

    private static Confirmation parse(String text) {
        return Confirmation.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsResultsAndReportsDuplicateAndMalformedLinesByNumber() {
        Confirmation c = parse("""
                \uFEFFidempotency_key,result,note
                E1-2024-07,PAID,
                E2-2024-07,failed,"sai số, tài khoản"
                E1-2024-07,PAID
                this line is broken
                E3-2024-07,MAYBE

                E4-2024-07,RETURNED,"unterminated
                ,PAID
                """);

        assertThat(c.entries()).extracting(Confirmation.Entry::lineNo, Confirmation.Entry::key, Confirmation.Entry::result,
                        Confirmation.Entry::note)
                .containsExactly(tuple(2, "E1-2024-07", LineStatus.PAID, null),
                        tuple(3, "E2-2024-07", LineStatus.FAILED, "sai số, tài khoản"));
        assertThat(c.problems()).extracting(Confirmation.Problem::lineNo, Confirmation.Problem::code)
                .containsExactly(tuple(4, "duplicate"), tuple(5, "malformed"), tuple(6, "badResult"),
                        tuple(8, "malformed"), tuple(9, "malformed"));
    }

    @Test
    void quotesFieldsThatNeedIt() {
        assertThat(PayerCsv.quote("Lê \"Bé\", Hai")).isEqualTo("\"Lê \"\"Bé\"\", Hai\"");
        assertThat(PayerCsv.split("\"Lê \"\"Bé\"\", Hai\",x")).containsExactly("Lê \"Bé\", Hai", "x");
    }
}
