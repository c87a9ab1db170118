package be.groupage.core.catalogue;

import java.util.Objects;

/**
 * One error found in a catalogue file: where (1-based file line, the header being line 1; the column's
 * header name and its 1-based position, or an empty name and 0 when the whole line is at fault) and what,
 * in French and in English.
 */
public record CsvError(int line, String column, int columnIndex, String messageFr, String messageEn) {

    public CsvError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
        if (line < 1 || columnIndex < 0) {
            throw new IllegalArgumentException("Line starts at 1 and column index at 0 (none): " + line + ", " + columnIndex);
        }
    }

    public static CsvError of(int line, String column, int columnIndex, String messageFr, String messageEn) {
        return new CsvError(line, column, columnIndex, messageFr, messageEn);
    }

    /** e.g. {@code line 4, column price (10): negative price -1.20 / prix négatif -1,20}. */
    @Override
    public String toString() {
        String where = column.isEmpty() ? "line " + line : "line " + line + ", column " + column + " (" + columnIndex + ")";
        return where + ": " + messageEn + " / " + messageFr;
    }
}
