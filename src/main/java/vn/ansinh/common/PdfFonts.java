package vn.ansinh.common;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The embedded DejaVu fonts every PDF export uses: they have the Vietnamese letters. */
public final class PdfFonts {

    public static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
    public static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    /** A document's heading: the title in bold, the subtitle below it, both centred, then some space. */
    public static void heading(Document doc, String title, float titleSize, String subtitle, float subtitleSize,
                               float spaceAfter) {
        Paragraph first = new Paragraph(title, new Font(BOLD, titleSize));
        first.setAlignment(Element.ALIGN_CENTER);
        doc.add(first);
        Paragraph second = new Paragraph(subtitle, new Font(REGULAR, subtitleSize));
        second.setAlignment(Element.ALIGN_CENTER);
        second.setSpacingAfter(spaceAfter);
        doc.add(second);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
