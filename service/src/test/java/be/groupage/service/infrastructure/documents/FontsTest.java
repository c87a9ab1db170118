package be.groupage.service.infrastructure.documents;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FontsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
