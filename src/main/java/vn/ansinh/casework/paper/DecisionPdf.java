package vn.ansinh.casework.paper;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import vn.ansinh.common.PdfFonts;

/**
 * Prints a {@link DecisionDocument} on A4 portrait in the layout of administrative documents (Decree 30/2020/NĐ-CP,
 * Appendix I): issuer and number left, national title and motto right, then the body; DejaVu for the Vietnamese
 * letters. The notice to the household follows on its own page.
 */
public final class DecisionPdf {

    private static final float MM = 72f / 25.4f;

    private DecisionPdf() {
    }

    public static byte[] write(DecisionDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // margins of Decree 30/2020: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(d.title() + " " + d.number());
        doc.open();
        Font body = new Font(PdfFonts.REGULAR, 12);
        Font small = new Font(PdfFonts.REGULAR, 10);
        Font strong = new Font(PdfFonts.BOLD, 12);
        Font header = new Font(PdfFonts.BOLD, 11);

        PdfPTable top = new PdfPTable(new float[]{40, 60});
        top.setWidthPercentage(100);
        top.addCell(cell(new Paragraph[]{centered(d.issuer(), header), centered(d.number(), body)}));
        top.addCell(cell(new Paragraph[]{centered(d.labels().nation(), header),
                centered(d.labels().motto(), strong), centered(d.placeAndDate(), body)}));
        doc.add(top);

        Paragraph title = centered(d.title(), new Font(PdfFonts.BOLD, 14));
        title.setSpacingBefore(18);
        doc.add(title);
        doc.add(centered(d.subject(), strong));
        Paragraph authority = centered(d.authority(), strong);
        authority.setSpacingBefore(12);
        authority.setSpacingAfter(8);
        doc.add(authority);
        for (String basis : d.bases()) {
            doc.add(justified(basis, body));
        }
        doc.add(justified(d.proposal(), body));
        Paragraph decides = centered(d.labels().decides(), strong);
        decides.setSpacingBefore(8);
        decides.setSpacingAfter(6);
        doc.add(decides);
        for (String article : d.articles()) {
            doc.add(justified(article, body));
        }

        PdfPTable bottom = new PdfPTable(new float[]{50, 50});
        bottom.setWidthPercentage(100);
        bottom.setSpacingBefore(14);
        Paragraph[] left = new Paragraph[d.recipients().size() + 1];
        left[0] = new Paragraph(d.labels().recipients(), new Font(PdfFonts.BOLD, 10));
        for (int i = 0; i < d.recipients().size(); i++) {
            left[i + 1] = new Paragraph(d.recipients().get(i), small);
        }
        bottom.addCell(cell(left));
        Paragraph[] right = new Paragraph[d.signatureTitle().size() + 2];
        for (int i = 0; i < d.signatureTitle().size(); i++) {
            right[i] = centered(d.signatureTitle().get(i), strong);
        }
        Paragraph space = centered(d.labels().signed(), small);
        space.setSpacingBefore(40);
        right[right.length - 2] = space;
        right[right.length - 1] = centered(d.signerName(), strong);
        bottom.addCell(cell(right));
        doc.add(bottom);

        doc.newPage();
        doc.add(top);
        Paragraph noticeTitle = centered(d.noticeTitle(), new Font(PdfFonts.BOLD, 14));
        noticeTitle.setSpacingBefore(18);
        noticeTitle.setSpacingAfter(10);
        doc.add(noticeTitle);
        for (String line : d.notice()) {
            doc.add(justified(line, body));
        }
        Paragraph reference = new Paragraph(d.reference(), strong);
        reference.setSpacingBefore(10);
        doc.add(reference);
        doc.close();
        writer.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Paragraph[] lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        for (Paragraph p : lines) {
            cell.addElement(p);
        }
        return cell;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(new Phrase(text, font));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph justified(String text, Font font) {
        Paragraph p = new Paragraph(new Phrase(text, font));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(10 * MM);
        p.setSpacingAfter(4);
        return p;
    }
}
