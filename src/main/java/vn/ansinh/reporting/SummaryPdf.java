package vn.ansinh.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ansinh.common.PdfFonts;

/** The poverty review summary as PDF (A4 landscape), same layout as the XLSX, DejaVu font for the Vietnamese letters. */
final class SummaryPdf {

    private static final BaseFont REGULAR = PdfFonts.REGULAR;
    private static final BaseFont BOLD = PdfFonts.BOLD;

    private SummaryPdf() {
    }

    static byte[] write(PovertySummary s, SummaryLabels l, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font body = new Font(REGULAR, 8);
        Font strong = new Font(BOLD, 8);
        PdfFonts.heading(doc, l.title(), 13, l.subtitle(), 10, 10);
        PdfPTable table = new PdfPTable(new float[]{22, 8, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7});
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        table.addCell(span(l.unit(), strong, 1, 2));
        table.addCell(span(l.households(), strong, 1, 2));
        table.addCell(span(l.poor(), strong, 6, 1));
        table.addCell(span(l.nearPoor(), strong, 6, 1));
        for (int block = 0; block < 2; block++) {
            l.flow().forEach(f -> table.addCell(span(f, strong, 1, 1)));
        }
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMaximumFractionDigits(2);
        List<PovertySummary.Line> all = new ArrayList<>(s.lines());
        all.add(s.urban());
        all.add(s.rural());
        all.add(s.total());
        for (int i = 0; i < all.size(); i++) {
            PovertySummary.Line line = all.get(i);
            Font f = i >= s.lines().size() ? strong : body;
            table.addCell(new Phrase(line.name(), f));
            table.addCell(right(integer.format(line.households()), f));
            for (PovertySummary.Flow flow : List.of(line.poor(), line.nearPoor())) {
                for (long v : new long[]{flow.start(), flow.leaving(), flow.returning(), flow.fresh(), flow.end()}) {
                    table.addCell(right(integer.format(v), f));
                }
                BigDecimal rate = flow.rate();
                table.addCell(right(rate == null ? "—" : decimal.format(rate), f));
            }
        }
        doc.add(table);
        Paragraph note = new Paragraph(l.note(), body);
        note.setSpacingBefore(8);
        doc.add(note);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell span(String text, Font font, int cols, int rows) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setColspan(cols);
        cell.setRowspan(rows);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
