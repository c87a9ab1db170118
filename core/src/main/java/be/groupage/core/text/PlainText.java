package be.groupage.core.text;

import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for text that Groupage stores: <b>no control character, no line break and no lone
 * surrogate</b>, anywhere in the text (at its ends too). Refused are the Unicode control characters (general
 * category Cc): the C0 range U+0000–U+001F (NUL, ESC, TAB, LF, CR…), DEL U+007F and the C1 range U+0080–U+009F
 * (NEL U+0085 among them); Unicode's own line and paragraph separators U+2028 and U+2029; and a UTF-16
 * surrogate without its pair (text that was not valid Unicode). A line break in a member's name would split its row of
 * a CSV export and its line of an audit log; an escape sequence would reach a terminal; a NUL cuts C strings.
 * Everything else is allowed, accents, non-Latin scripts and symbols included, and so is a text starting with
 * {@code =}: it is neutralised where it is written into a spreadsheet ({@link SpreadsheetCell}), not refused.
 *
 * <p>Nothing is silently stripped, with one stated exception: a text typed on several lines (a textarea, the
 * credit note's reason) has each line break (CR LF, CR or LF) and each tab folded into one space by
 * {@link #foldLines} before the rule is applied; such a text is then one line like every other.
 */
public final class PlainText {

    private static final char LINE_SEPARATOR = '\u2028';
    private static final char PARAGRAPH_SEPARATOR = '\u2029';

    private PlainText() {
    }

    /** What in a text breaks the rule: the first offending character and where it is. */
    public record Offence(int index, int codePoint) {

        /** {@code U+000A (line feed) at position 6}, positions counted from 1 in characters. */
        public String describe() {
            return name(codePoint) + " at position " + (index + 1);
        }

        /** The same in French. */
        public String describeFr() {
            return name(codePoint) + " en position " + (index + 1);
        }
    }

    /** Whether the text holds no control character and no lone surrogate ({@code null} is not a text, and passes). */
    public static boolean isPlain(CharSequence text) {
        return offence(text).isEmpty();
    }

    /** The first character breaking the rule, if any. */
    public static Optional<Offence> offence(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                return Optional.of(new Offence(i, c));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(new Offence(i, c));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(new Offence(i, c));
            }
        }
        return Optional.empty();
    }

    /**
     * A text typed on several lines made one line: each line break (CR LF, CR, LF, U+2028, U+2029) and each tab
     * becomes one space. Other control characters are left in place, for {@link #offence} to refuse.
     */
    public static String foldLines(String text) {
        Objects.requireNonNull(text, "text");
        return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')
                .replace(LINE_SEPARATOR, ' ').replace(PARAGRAPH_SEPARATOR, ' ');
    }

    /** {@code U+001B (escape)}: the code point, and its name for the usual ones. */
    public static String name(int codePoint) {
        String hex = String.format("U+%04X", codePoint);
        String known = switch (codePoint) {
            case 0x00 -> "null";
            case 0x09 -> "tab";
            case 0x0A -> "line feed";
            case 0x0D -> "carriage return";
            case 0x1B -> "escape";
            case 0x7F -> "delete";
            case 0x85 -> "next line";
            case 0x2028 -> "line separator";
            case 0x2029 -> "paragraph separator";
            default -> Character.isSurrogate((char) codePoint) ? "lone surrogate" : "control character";
        };
        return hex + " (" + known + ")";
    }
}
