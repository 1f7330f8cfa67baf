package vn.ansinh.common;

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
