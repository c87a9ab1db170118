package be.groupage.core.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One cell of a CSV file meant for a spreadsheet (Excel, LibreOffice Calc), written so that opening the file
 * never runs anything (CSV or formula injection, OWASP):
 * <ol>
 *   <li>a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read
 *       as a formula: it is written behind a single quote ({@code =HYPERLINK("x")} becomes {@code '=HYPERLINK("x")}),
 *       which the spreadsheet shows as text;</li>
 *   <li>except a plain number, {@code -?digits} with an optional decimal comma or dot and digits after it
 *       ({@code -12,50}, a credit note's amount): a spreadsheet reads it as the number it is, nothing runs, and a
 *       quote would turn the amount into text;</li>
 *   <li>then a cell holding the separator, a double quote or a line break is put in double quotes, its
 *       double quotes doubled (RFC 4180).</li>
 * </ol>
 * Every cell of every CSV the service writes goes through {@link #of}, numbers and dates included.
 */
public final class SpreadsheetCell {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    private SpreadsheetCell() {
    }

    /** The cell as written between separators {@code separator}. */
    public static String of(String value, char separator) {
        Objects.requireNonNull(value, "value");
        String cell = neutralised(value);
        boolean quote = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** The value behind a single quote when a spreadsheet would take it for a formula; otherwise as it is. */
    static String neutralised(String value) {
        if (value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
