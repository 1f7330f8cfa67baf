package vn.ansinh.policy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ansinh.common.StreamingSheet;
import vn.ansinh.geography.Geography;

/** The export of an impact run's changes: a streaming sheet, one changed decision a line. */
final class ImpactWorkbook implements AutoCloseable {

    static final List<String> COLUMNS = List.of("household", "district", "commune", "member", "program", "beforeOutcome",
            "beforeMonthly", "afterOutcome", "afterMonthly", "beforeOneOff", "afterOneOff", "flipped");

    private final StreamingSheet sheet;
    private final Locale locale;
    private final Geography geography;
    private final ImpactWords words = new ImpactWords();
    private final CellStyle money;

    ImpactWorkbook(Locale locale, Geography geography) {
        this.locale = locale;
        this.geography = geography;
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBundleClassLoader(getClass().getClassLoader());
        bundle.setBasename("i18n/policy");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        sheet = new StreamingSheet(bundle.getMessage("policy.impact.sheet", null, locale), COLUMNS.stream()
                .map(c -> bundle.getMessage("policy.impact.column." + c, null, locale)).toList());
        money = sheet.numberStyle("#,##0");
    }

    /** A change's line; {@code memberName} empty for a change of the whole household. */
    void add(ImpactChange c, String memberName) {
        Row row = sheet.nextRow();
        row.createCell(0).setCellValue(c.householdCode());
        row.createCell(1).setCellValue(geography.nameOf(c.districtCode()));
        row.createCell(2).setCellValue(geography.nameOf(c.communeCode()));
        row.createCell(3).setCellValue(memberName);
        row.createCell(4).setCellValue(words.program(c.program(), locale));
        row.createCell(5).setCellValue(words.outcome(c.before().outcome(), locale));
        amount(row, 6, c.before().monthlyAmount());
        row.createCell(7).setCellValue(words.outcome(c.after().outcome(), locale));
        amount(row, 8, c.after().monthlyAmount());
        amount(row, 9, c.before().oneOffAmount());
        amount(row, 10, c.after().oneOffAmount());
        row.createCell(11).setCellValue(c.flipped().stream().map(f -> words.criterion(f, locale))
                .collect(Collectors.joining(" | ")));
    }

    private void amount(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(money);
    }

    int rows() {
        return sheet.rows();
    }

    void writeTo(OutputStream out) throws IOException {
        sheet.writeTo(out);
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }
}
