package vn.ansinh.payment.cycle;

import vn.ansinh.payment.PaymentStateException;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentCycleTest {

    private final Instant now = Instant.parse("2024-07-05T02:00:00Z");

    private PaymentCycle cycle() {
        return new PaymentCycle("336", YearMonth.of(2024, 7), 500_000, "chi.quynhphu", now);
    }

    @Test
    void goesThroughReviewApprovalExportAndClose() {
        PaymentCycle c = cycle();
        c.regenerated(500_000, "chi.quynhphu", now);
        c.approve("chi.quynhphu", now);
        c.exported(now);
        c.exported(now);
        c.requireResultsOpen();
        c.close(0, now);
        assertThat(c.getStatus()).isEqualTo(CycleStatus.CLOSED);
    }

    @Test
    void refusesASecondApprovalAndRegenerationAfterApproval() {
        PaymentCycle c = cycle();
        c.approve("a", now);
        assertThatThrownBy(() -> c.approve("b", now)).isInstanceOf(PaymentStateException.class)
                .hasMessage("payment.error.cycleNotApprovable");
        assertThatThrownBy(() -> c.regenerated(500_000, "b", now)).isInstanceOf(PaymentStateException.class);
        assertThat(c.getApprovedBy()).isEqualTo("a");
    }

    @Test
    void refusesExportBeforeApprovalAndCloseWithLinesWithoutResult() {
        PaymentCycle c = cycle();
        assertThatThrownBy(() -> c.exported(now)).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(c::requireResultsOpen).isInstanceOf(PaymentStateException.class);
        c.approve("a", now);
        c.exported(now);
        assertThatThrownBy(() -> c.close(3, now)).hasMessage("payment.error.cycleHasOpenLines");
    }

    @Test
    void aLineTakesOneResultOnly() {
        PaymentLine line = PaymentLine.planned(1, 2, YearMonth.of(2024, 7), LineKind.MONTHLY, 750_000,
                PaymentLine.monthlyKey(2, YearMonth.of(2024, 7)));
        assertThat(line.getIdempotencyKey()).isEqualTo("E2-2024-07");
        line.markFailed("sai số tài khoản", now);
        assertThat(line.getStatus().owedAgain()).isTrue();
        assertThatThrownBy(() -> line.markPaid(null, now)).isInstanceOf(PaymentStateException.class);
        assertThat(line.getStatus()).isEqualTo(LineStatus.FAILED);
    }
}
