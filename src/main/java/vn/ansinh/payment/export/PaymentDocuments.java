package vn.ansinh.payment.export;

import vn.ansinh.payment.cycle.CycleService;
import vn.ansinh.payment.cycle.LineKind;
import vn.ansinh.payment.cycle.LineStatus;
import vn.ansinh.payment.cycle.Lines;
import vn.ansinh.payment.cycle.PaymentCycle;
import vn.ansinh.payment.cycle.PaymentLine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.ansinh.geography.Geography;

import vn.ansinh.common.Formats;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the printable commune list and the payer file of a cycle; exporting marks the cycle exported. */
@Component
public class PaymentDocuments {

    public enum Format { XLSX, PDF }

    private final Lines lines;
    private final CycleService cycles;
    private final Geography geography;
    private final MessageSource messages;

    PaymentDocuments(Lines lines, CycleService cycles, Geography geography, MessageSource messages) {
        this.lines = lines;
        this.cycles = cycles;
        this.geography = geography;
        this.messages = messages;
    }

    byte[] communeList(PaymentCycle cycle, String communeCode, Format format) {
        cycles.exported(cycle.getId(), format + " commune=" + communeCode);
        Locale locale = LocaleContextHolder.getLocale();
        List<PaymentList.Row> rows = new ArrayList<>();
        for (PaymentLine l : lines.findByCycleIdAndCommuneCodeOrderByBeneficiaryNameAscIdAsc(cycle.getId(), communeCode)) {
            if (l.getStatus() != LineStatus.CANCELLED) {
                String category = l.getCategory() == null ? msg("payment.program." + l.getProgram().name(), locale)
                        : messages.getMessage("category." + l.getCategory(), null, l.getCategory(), locale);
                if (l.getKind() == LineKind.ARREARS) {
                    category += " (" + msg("payment.line.kind.ARREARS", locale) + " " + Formats.month(l.getMonth()) + ")";
                }
                rows.add(new PaymentList.Row(rows.size() + 1, l.getBeneficiaryName(), l.getCccd(), category, l.getAmount()));
            }
        }
        String month = cycle.getMonth().format(DateTimeFormatter.ofPattern("MM/yyyy"));
        String communeName = geography.unit(communeCode).map(u -> u.displayName()).orElse(communeCode);
        List<String> columns = List.of("payment.list.no", "payment.list.name", "payment.list.cccd", "payment.list.category",
                "payment.list.amount", "payment.list.signature").stream().map(k -> msg(k, locale)).toList();
        PaymentList list = new PaymentList(msg("payment.list.title", locale),
                messages.getMessage("payment.list.subtitle", new Object[]{communeName, month}, locale),
                columns, rows, msg("payment.list.total", locale));
        return format == Format.XLSX ? XlsxPaymentList.write(list) : PdfPaymentList.write(list);
    }

    byte[] payerFile(PaymentCycle cycle, String communeLimit) {
        cycles.exported(cycle.getId(), "CSV" + (communeLimit == null ? "" : " commune=" + communeLimit));
        List<PaymentLine> all = communeLimit == null
                ? lines.findByCycleIdOrderByCommuneCodeAscBeneficiaryNameAscIdAsc(cycle.getId())
                : lines.findByCycleIdAndCommuneCodeOrderByBeneficiaryNameAscIdAsc(cycle.getId(), communeLimit);
        return PayerCsv.write(all.stream().filter(l -> l.getStatus() != LineStatus.CANCELLED).toList());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
