package be.groupage.service.infrastructure.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped inside the application ({@code /fonts}, with their licence),
 * so accents, {@code €} and {@code œ} print on every machine. Parsing a TTF costs far more than a page,
 * so each thread parses each font once and embeds a subset of it in every document it writes
 * ({@code PDType0Font.load(doc, ttf, true)}); a parsed {@link TrueTypeFont} is not shared between threads.
 *
 * <p>What is parsed is not the whole DejaVu (about 6,000 glyphs) but, cut once at start-up, the scripts a
 * Belgian document is written in ({@link #SCRIPTS}: Latin with every accent, Greek, Cyrillic, punctuation,
 * currency and the usual symbols). PDFBox builds the widths of every glyph of the font it embeds, for each
 * document and each of the two fonts, and walks them again whenever the font is added to a page; with the
 * whole font that was a fifth of rendering an invoice, in a flight recording of the load run. A character
 * outside these scripts prints as {@code ?}, as one DejaVu lacks always did (right-to-left and CJK
 * scripts could not be set properly without glyph substitution anyway).
 */
final class Fonts {

    /** The Unicode blocks kept, as inclusive ranges of code points. */
    static final int[][] SCRIPTS = {
            {0x0020, 0x007E}, // Basic Latin
            {0x00A0, 0x024F}, // Latin-1 Supplement, Latin Extended-A and -B
            {0x0250, 0x036F}, // IPA extensions, spacing modifier letters, combining diacritical marks
            {0x0370, 0x03FF}, // Greek and Coptic
            {0x0400, 0x052F}, // Cyrillic and its supplement
            {0x1E00, 0x1EFF}, // Latin Extended Additional
            {0x2000, 0x206F}, // General Punctuation (dashes, quotes, ellipsis, narrow spaces)
            {0x20A0, 0x20CF}, // Currency symbols (euro)
            {0x2100, 0x218F}, // Letterlike symbols, number forms (numero, trade mark, fractions)
            {0x2190, 0x21FF}, // Arrows
            {0x2200, 0x22FF}, // Mathematical operators (minus, multiplication, less or equal)
            {0x25A0, 0x25FF}, // Geometric shapes (bullets, squares)
            {0x2713, 0x2718}, // Check and cross marks
            {0xFB00, 0xFB06}, // Latin ligatures
    };

    private static final byte[] REGULAR = cut(read("/fonts/DejaVuSans.ttf"));
    private static final byte[] BOLD = cut(read("/fonts/DejaVuSans-Bold.ttf"));

    private static final float UNKNOWN = -1f;

    private static final ThreadLocal<Fonts> PER_THREAD = ThreadLocal.withInitial(Fonts::new);

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final CmapLookup cmap;

    /**
     * The width PDFBox gives each character of the Basic Multilingual Plane (in thousandths of the font size),
     * for the regular and the bold font, learnt on first use: it is the font's, the same in every document.
     * {@code PDFont.getStringWidth} encodes the string and decodes it again through the CMap to find the same
     * figures, and measuring the cells of an invoice's table was half of drawing it. (512 KB per rendering thread.)
     */
    private final float[][] widths = {new float[Character.MAX_VALUE + 1], new float[Character.MAX_VALUE + 1]};

    /**
     * Whether the fonts draw a character of the Basic Multilingual Plane, learnt from the cmap once per character:
     * {@link #DRAWABLE}, {@link #NOT_DRAWABLE} or 0 (not asked yet). The cmap answers through a map of boxed
     * integers, and every cell of a 333-line invoice asked it for each of its characters, twice (width and text).
     */
    private final byte[] drawable = new byte[Character.MAX_VALUE + 1];
    private static final byte DRAWABLE = 1;
    private static final byte NOT_DRAWABLE = 2;

    private Fonts() {
        try {
            this.regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
            this.bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
            // No glyph substitution: the documents are Latin text drawn glyph by glyph from the cmap, and PDFBox ran
            // the GSUB rules on every string shown (a third of a PDF's rendering time in the load run's recording).
            this.regular.setEnableGsub(false);
            this.bold.setEnableGsub(false);
            this.cmap = regular.getUnicodeCmapLookup();
            Arrays.fill(widths[0], UNKNOWN);
            Arrays.fill(widths[1], UNKNOWN);
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

    /**
     * The width of a printable text in one of a document's two fonts, in thousandths of the font size: the sum of
     * its characters' widths, as {@code font.getStringWidth(text)} gives it.
     */
    float width(PDType0Font font, boolean isBold, String printable) throws IOException {
        float[] known = widths[isBold ? 1 : 0];
        float width = 0;
        for (int i = 0; i < printable.length(); ) {
            int cp = printable.codePointAt(i);
            float w = cp < known.length ? known[cp] : UNKNOWN;
            if (w == UNKNOWN) {
                w = font.getStringWidth(new String(Character.toChars(cp)));
                if (cp < known.length) {
                    known[cp] = w;
                }
            }
            width += w;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The text with every character the fonts cannot draw (or a control character) replaced by a space or {@code ?}. */
    String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp >= 0x20 && cp != 0x7f && drawable(cp);
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

    private boolean drawable(int cp) {
        if (cp >= drawable.length) {
            return cmap.getGlyphId(cp) > 0;
        }
        byte known = drawable[cp];
        if (known == 0) {
            known = cmap.getGlyphId(cp) > 0 ? DRAWABLE : NOT_DRAWABLE;
            drawable[cp] = known;
        }
        return known == DRAWABLE;
    }

    /** The font reduced to {@link #SCRIPTS}, as TTF bytes (its names, metrics and hinting kept). */
    static byte[] cut(byte[] font) {
        try (TrueTypeFont whole = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            TTFSubsetter subsetter = new TTFSubsetter(whole);
            Set<Integer> kept = new HashSet<>();
            for (int[] range : SCRIPTS) {
                for (int cp = range[0]; cp <= range[1]; cp++) {
                    kept.add(cp);
                }
            }
            subsetter.addAll(kept);
            ByteArrayOutputStream out = new ByteArrayOutputStream(font.length / 2);
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot cut the bundled DejaVu fonts to the scripts the documents use", e);
        }
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
