package be.groupage.service.infrastructure.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped inside the application ({@code /fonts}, with their licence),
 * so accents, {@code €} and {@code œ} print on every machine. Parsing a TTF costs far more than a page,
 * so each thread parses each font once and embeds a subset of it in every document it writes
 * ({@code PDType0Font.load(doc, ttf, true)}); a parsed {@link TrueTypeFont} is not shared between threads.
 */
final class Fonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

    private static final ThreadLocal<Fonts> PER_THREAD = ThreadLocal.withInitial(Fonts::new);

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final CmapLookup cmap;

    private Fonts() {
        try {
            this.regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
            this.bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
            // No glyph substitution: the documents are Latin text drawn glyph by glyph from the cmap, and PDFBox ran
            // the GSUB rules on every string shown (a third of a PDF's rendering time in the load run's recording).
            this.regular.setEnableGsub(false);
            this.bold.setEnableGsub(false);
            this.cmap = regular.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the bundled DejaVu fonts", e);
        }
    }

    static Fonts forThisThread() {
        return PER_THREAD.get();
    }

    /** The pair of fonts embedded (as subsets) in a new document. */
    Embedded embedIn(PDDocument document) {
        try {
            return new Embedded(PDType0Font.load(document, regular, true), PDType0Font.load(document, bold, true), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the fonts cannot draw (or a control character) replaced by a space or {@code ?}. */
    String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp >= 0x20 && cp != 0x7f && cmap.getGlyphId(cp) > 0;
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length());
                sb.append(text, 0, i);
            }
            if (sb != null) {
                if (ok) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(Character.isWhitespace(cp) || Character.isISOControl(cp) ? ' ' : '?');
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of one document. */
    record Embedded(PDType0Font regular, PDType0Font bold, Fonts source) {
    }
}
