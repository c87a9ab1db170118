package be.groupage.service.infrastructure.documents;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.BiConsumer;

/**
 * A multi-page A4 document being drawn: the current page and its content stream, a vertical cursor,
 * and the few drawing operations the documents need (text left or right aligned, wrapped text, filled
 * and stroked rectangles, rules). Coordinates are PDF points from the bottom-left corner.
 * Not thread-safe: one per document.
 */
final class PdfSheet {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 40f;
    static final float LEFT = MARGIN;
    static final float RIGHT = WIDTH - MARGIN;
    static final float TOP = HEIGHT - MARGIN;
    /** The lowest a body line may go; below is the footer. */
    static final float BOTTOM = 58f;

    /** Body text size, small text size and the height of a table row, in points. */
    static final float BODY = 8.5f;
    static final float SMALL = 7.5f;
    static final float ROW = 12.5f;

    static final float[] INK = {0.13f, 0.13f, 0.15f};
    static final float[] MUTED = {0.40f, 0.42f, 0.45f};
    static final float[] ACCENT = {0.09f, 0.31f, 0.40f};
    static final float[] ACCENT_LIGHT = {0.91f, 0.95f, 0.96f};
    static final float[] ZEBRA = {0.965f, 0.97f, 0.975f};
    static final float[] RULE = {0.78f, 0.80f, 0.82f};
    static final float[] WHITE = {1f, 1f, 1f};
    static final float[] BLACK = {0f, 0f, 0f};

    private final PDDocument document;
    private final Fonts.Embedded fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private PDType0Font currentFont;
    private float currentSize;
    private float[] currentColor;
    float y;

    PdfSheet(String title, String author, java.time.LocalDate date) {
        this.document = new PDDocument();
        this.fonts = Fonts.forThisThread().embedIn(document);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Groupage");
        info.setProducer("Groupage (Apache PDFBox)");
        // A fixed creation date (the document's own date) keeps the bytes of a document reproducible.
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        info.setCreationDate(created);
        // The file identifier (/ID) from what the document is, not from the clock: PDFBox would otherwise derive it
        // from the time of writing, and the same document rendered twice would differ in its last lines.
        byte[] id = Arrays.copyOf(sha256(title + '\n' + author + '\n' + date), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    PDDocument document() {
        return document;
    }

    PDPageContentStream content() {
        return content;
    }

    int pageCount() {
        return pages.size();
    }

    /** Starts a new page and puts the cursor at its top. */
    void newPage() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    /** Whether {@code height} more points fit above the footer. */
    boolean fits(float height) {
        return y - height >= BOTTOM;
    }

    PDType0Font font(boolean bold) {
        return bold ? fonts.bold() : fonts.regular();
    }

    String printable(String text) {
        return fonts.source().printable(text);
    }

    float width(String text, boolean bold, float size) {
        try {
            return fonts.source().width(font(bold), bold, printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float baseline, String text, boolean bold, float size, float[] color) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            // Font and colour are graphics state and last across text objects: set them only when they
            // change (setting a font also prepares its glyph substitution, which is not free).
            PDType0Font font = font(bold);
            if (font != currentFont || size != currentSize) {
                content.setFont(font, size);
                currentFont = font;
                currentSize = size;
            }
            nonStroking(color);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float baseline, String text, boolean bold, float size) {
        text(x, baseline, text, bold, size, INK);
    }

    void textRight(float right, float baseline, String text, boolean bold, float size, float[] color) {
        text(right - width(text, bold, size), baseline, text, bold, size, color);
    }

    void textRight(float right, float baseline, String text, boolean bold, float size) {
        textRight(right, baseline, text, bold, size, INK);
    }

    /** The text cut into lines no wider than {@code max}, at spaces (a word too long is cut). */
    List<String> wrap(String text, boolean bold, float size, float max) {
        List<String> lines = new ArrayList<>(2);
        String rest = printable(text).strip();
        while (!rest.isEmpty()) {
            if (width(rest, bold, size) <= max) {
                lines.add(rest);
                break;
            }
            int cut = -1;
            for (int i = rest.indexOf(' '); i > 0; i = rest.indexOf(' ', i + 1)) {
                if (width(rest.substring(0, i), bold, size) > max) {
                    break;
                }
                cut = i;
            }
            if (cut <= 0) {
                cut = 1;
                while (cut < rest.length() && width(rest.substring(0, cut + 1), bold, size) <= max) {
                    cut++;
                }
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** The text cut (with an ellipsis) to fit {@code max} points. */
    String clip(String text, boolean bold, float size, float max) {
        String t = printable(text);
        if (width(t, bold, size) <= max) {
            return t;
        }
        while (t.length() > 1 && width(t + "…", bold, size) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    void fill(float x, float bottom, float w, float h, float[] color) {
        try {
            nonStroking(color);
            content.addRect(x, bottom, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stroke(float x, float bottom, float w, float h, float[] color, float lineWidth) {
        try {
            content.setStrokingColor(color[0], color[1], color[2]);
            content.setLineWidth(lineWidth);
            content.addRect(x, bottom, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float y1, float x2, float[] color, float lineWidth) {
        try {
            content.setStrokingColor(color[0], color[1], color[2]);
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y1);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws a footer on every page (told its page number and the page count), then returns the PDF.
     */
    byte[] finish(BiConsumer<Integer, Integer> footer) {
        closeContent();
        try {
            for (int i = 0; i < pages.size(); i++) {
                content = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true);
                footer.accept(i + 1, pages.size());
                closeContent();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
            // Content streams are compressed as they are written; packing the few remaining objects
            // into compressed object streams would cost more time than the bytes it saves.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void nonStroking(float[] color) throws IOException {
        if (color != currentColor) {
            content.setNonStrokingColor(color[0], color[1], color[2]);
            currentColor = color;
        }
    }

    /** The QR code draws with its own colours: what it leaves set is unknown. */
    void forgetColour() {
        currentColor = null;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
        currentFont = null;
        currentSize = 0;
        currentColor = null;
    }
}
