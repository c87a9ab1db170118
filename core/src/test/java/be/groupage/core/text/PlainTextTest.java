package be.groupage.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @Test
    void accepts_names_in_any_script_with_accents_symbols_emoji_and_a_leading_equals_sign() {
        assertThat(PlainText.isPlain("CPAS de Namur")).isTrue();
        assertThat(PlainText.isPlain("Épicerie sociale « Le Relais » – Dinant")).isTrue();
        assertThat(PlainText.isPlain("Ταβέρνα Ζορμπάς 🍎 東京")).isTrue();
        assertThat(PlainText.isPlain("=HYPERLINK(\"x\")")).isTrue();
        assertThat(PlainText.isPlain("")).isTrue();
        assertThat(PlainText.isPlain(null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0x2028, 0x2029})
    void refuses_every_control_character_anywhere_even_at_the_ends(int control) {
        String c = String.valueOf((char) control);
        assertThat(PlainText.offence("Ferme" + c + "du Try")).contains(new PlainText.Offence(5, control));
        assertThat(PlainText.offence(c + "Ferme")).contains(new PlainText.Offence(0, control));
        assertThat(PlainText.offence("Ferme" + c)).contains(new PlainText.Offence(5, control));
    }

    @Test
    void refuses_a_lone_surrogate_but_not_a_pair() {
        assertThat(PlainText.offence("a\uD83Cb")).contains(new PlainText.Offence(1, 0xD83C));
        assertThat(PlainText.offence("a\uDF4E")).contains(new PlainText.Offence(1, 0xDF4E));
        assertThat(PlainText.offence("pomme \uD83C")).contains(new PlainText.Offence(6, 0xD83C));
        assertThat(PlainText.offence("pomme \uD83C\uDF4E")).isEmpty();
    }

    @Test
    void describes_the_offence_with_its_code_point_name_and_position_from_one() {
        assertThat(PlainText.offence("Nom\u001B[31m").orElseThrow().describe()).isEqualTo("U+001B (escape) at position 4");
        assertThat(PlainText.offence("Nom\nX").orElseThrow().describeFr()).isEqualTo("U+000A (line feed) en position 4");
        assertThat(PlainText.name(0)).isEqualTo("U+0000 (null)");
        assertThat(PlainText.name(0x85)).isEqualTo("U+0085 (next line)");
        assertThat(PlainText.name(0x9B)).isEqualTo("U+009B (control character)");
        assertThat(PlainText.name(0x2028)).isEqualTo("U+2028 (line separator)");
    }

    @Test
    void folds_the_line_breaks_and_tabs_of_a_text_typed_on_several_lines_into_spaces_and_nothing_else() {
        assertThat(PlainText.foldLines("Livraison incomplète\r\ncarottes abîmées\nvoir\tbon\r\u2028fin\u2029")).isEqualTo(
                "Livraison incomplète carottes abîmées voir bon  fin ");
        assertThat(PlainText.offence(PlainText.foldLines("a\r\nb\u0000c"))).contains(new PlainText.Offence(3, 0));
    }

    @Property
    void a_text_without_control_characters_passes_and_one_inserted_anywhere_is_found_there(
            @ForAll @CharRange(from = ' ', to = '~') @CharRange(from = '\u00A0', to = '\u2027')
            @CharRange(from = '\u202A', to = '\uD7FF') String text,
            @ForAll @CharRange(from = '\u0000', to = '\u001F') char control) {
        assertThat(PlainText.isPlain(text)).isTrue();
        int at = text.length() / 2;
        Optional<PlainText.Offence> found = PlainText.offence(text.substring(0, at) + control + text.substring(at));
        assertThat(found).contains(new PlainText.Offence(at, control));
    }
}
