package vn.ansinh.payment.cycle;

import vn.ansinh.payment.PaymentAudit;
import vn.ansinh.payment.access.PaymentScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.access.Act;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Applies a payer's confirmation file to an exported cycle and reports every line it could not apply. */
@Service
public class ConfirmationImport {

    private final PaymentScope scope;
    private final Lines lines;
    private final PaymentAudit audit;

    ConfirmationImport(PaymentScope scope, Lines lines, PaymentAudit audit) {
        this.scope = scope;
        this.lines = lines;
        this.audit = audit;
    }

    public record Report(int paid, int failed, int returned, List<Confirmation.Problem> problems) implements java.io.Serializable {

        public int applied() {
            return paid + failed + returned;
        }
    }

    @Transactional
    public Report apply(long cycleId, InputStream file) {
        PaymentCycle cycle = scope.actionable(cycleId, Act.RECORD_PAYMENT_RESULTS);
        cycle.requireResultsOpen();
        Confirmation parsed = Confirmation.parse(file);
        List<Confirmation.Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, PaymentLine> byKey = lines.findByIdempotencyKeyIn(
                        parsed.entries().stream().map(Confirmation.Entry::key).toList())
                .stream().collect(Collectors.toMap(PaymentLine::getIdempotencyKey, Function.identity()));
        int paid = 0, failed = 0, returned = 0;
        Instant now = Instant.now();
        for (Confirmation.Entry entry : parsed.entries()) {
            PaymentLine line = byKey.get(entry.key());
            if (line == null) {
                problems.add(new Confirmation.Problem(entry.lineNo(), "unknown", entry.key()));
            } else if (line.getCycleId() != cycleId) {
                problems.add(new Confirmation.Problem(entry.lineNo(), "otherCycle", entry.key()));
            } else if (entry.note() != null && entry.note().length() > PaymentLine.MAX_NOTE) {
                problems.add(new Confirmation.Problem(entry.lineNo(), "noteTooLong", entry.key()));
            } else if (line.getStatus() != LineStatus.PLANNED) {
                problems.add(new Confirmation.Problem(entry.lineNo(), "alreadyRecorded", entry.key() + " " + line.getStatus()));
            } else {
                line.record(entry.result(), entry.note(), now);
                switch (entry.result()) {
                    case PAID -> paid++;
                    case FAILED -> failed++;
                    default -> returned++;
                }
            }
        }
        lines.flush();
        problems.sort(Comparator.comparingInt(Confirmation.Problem::lineNo));
        Report report = new Report(paid, failed, returned, problems);
        audit.record("PAYMENT_CONFIRMATION_IMPORTED", "PaymentCycle", cycleId,
                "paid=" + paid + " failed=" + failed + " returned=" + returned + " problems=" + problems.size());
        return report;
    }
}
