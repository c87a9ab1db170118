package be.groupage.service.infrastructure.documents;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled fonts as cut for the documents: every script a Belgian document uses kept, the rest gone. */
class FontsTest {

    @Test
    void theCutFontKeepsTheScriptsOfTheDocumentsAndIsAFractionOfTheWhole() throws IOException {
        byte[] whole = resource("/fonts/DejaVuSans.ttf");
        byte[] cut = Fonts.cut(whole);
        try (TrueTypeFont all = parse(whole); TrueTypeFont kept = parse(cut)) {
            assertThat(kept.getNumberOfGlyphs()).isLessThan(all.getNumberOfGlyphs() / 2);
            assertThat(kept.getName()).isEqualTo(all.getName());
            for (int cp : "Aaz09 éèêëàçœŒÉ€ — … « » ’ № ✓ × − ΑΩ ЖЯїґ ẞ ﬁ".codePoints().filter(c -> c != ' ').toArray()) {
                assertThat(kept.getUnicodeCmapLookup().getGlyphId(cp)).as("glyph of U+%04X", cp).isPositive();
                assertThat(kept.getAdvanceWidth(kept.getUnicodeCmapLookup().getGlyphId(cp)))
                        .as("width of U+%04X", cp).isEqualTo(all.getAdvanceWidth(all.getUnicodeCmapLookup().getGlyphId(cp)));
            }
            assertThat(all.getUnicodeCmapLookup().getGlyphId('ا')).as("DejaVu has Arabic").isPositive();
            assertThat(kept.getUnicodeCmapLookup().getGlyphId('ا')).as("the cut has not").isZero();
        }
    }

    @Test
    void whatTheCutFontCannotDrawPrintsAsAQuestionMark() {
        assertThat(Fonts.forThisThread().printable("Cœur de Wépion — 12,50 € ✓")).isEqualTo("Cœur de Wépion — 12,50 € ✓");
        assertThat(Fonts.forThisThread().printable("ASBL سلام 漢字\tfin")).isEqualTo("ASBL ???? ?? fin");
    }

    @Test
    void theLearntWidthsAreThoseOfPdfBoxInEveryDocument() throws IOException {
        Fonts fonts = Fonts.forThisThread();
        String text = fonts.printable("Confiture de fraises 370 g — œufs & crème brûlée : 1 234,56 € (Ж, Ω) ✓");
        for (int document = 0; document < 2; document++) {
            try (PDDocument pdf = new PDDocument()) {
                Fonts.Embedded embedded = fonts.embedIn(pdf);
                assertThat(fonts.width(embedded.regular(), false, text)).isEqualTo(embedded.regular().getStringWidth(text));
                assertThat(fonts.width(embedded.bold(), true, text)).isEqualTo(embedded.bold().getStringWidth(text));
                assertThat(fonts.width(embedded.bold(), true, text)).isNotEqualTo(fonts.width(embedded.regular(), false, text));
            }
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FontsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
