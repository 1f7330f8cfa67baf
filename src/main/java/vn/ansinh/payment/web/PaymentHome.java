package vn.ansinh.payment.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ansinh.common.Formats;
import vn.ansinh.common.HomeSection;
import vn.ansinh.common.access.AppUserPrincipal;
import vn.ansinh.common.access.Jurisdiction;
import vn.ansinh.common.access.Role;
import vn.ansinh.geography.Geography;
import vn.ansinh.payment.cycle.CycleView;
import vn.ansinh.payment.cycle.LineKind;
import vn.ansinh.payment.cycle.LineStatus;
import vn.ansinh.payment.cycle.PaymentLine;
import vn.ansinh.payment.cycle.PaymentQueries;

/** The home page's payments: the district's cycle of this month for its payment officer, and last month's failures. */
@Component
class PaymentHome implements HomeSection {

    private final PaymentQueries queries;
    private final Geography geography;

    PaymentHome(PaymentQueries queries, Geography geography) {
        this.queries = queries;
        this.geography = geography;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Card> cardFor(AppUserPrincipal user) {
        if (user.role() != Role.PAYMENT_OFFICER || user.jurisdiction().level() != Jurisdiction.Level.DISTRICT) {
            return Optional.empty();
        }
        String district = user.jurisdiction().code();
        YearMonth month = YearMonth.from(LocalDate.now(Formats.PROVINCE));
        List<CycleView> cycles = queries.cycles().stream().filter(c -> c.districtCode().equals(district)).toList();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("district", geography.nameOf(district));
        v.put("month", Formats.month(month));
        Optional<CycleView> current = cycles.stream().filter(c -> c.month().equals(month.toString())).findFirst();
        v.put("generated", current.isPresent());
        current.ifPresent(c -> {
            List<PaymentLine> lines = queries.lines(c.id(), null);
            v.put("cycleId", c.id());
            v.put("status", c.status().name());
            v.put("lines", c.lineCount());
            v.put("total", Formats.vnd(c.totalAmount()));
            v.put("arrears", lines.stream().filter(l -> l.getKind() == LineKind.ARREARS).count());
            v.put("communes", lines.stream().map(PaymentLine::getCommuneCode).distinct().count());
        });
        Optional<CycleView> previous = cycles.stream().filter(c -> c.month().equals(month.minusMonths(1).toString())).findFirst();
        v.put("previousMonth", Formats.month(month.minusMonths(1)));
        v.put("failedLastMonth", previous.map(c -> queries.lines(c.id(), null).stream()
                .filter(l -> l.getStatus() == LineStatus.FAILED || l.getStatus() == LineStatus.RETURNED).count()).orElse(0L));
        return Optional.of(new Card("payment/home", v));
    }
}
