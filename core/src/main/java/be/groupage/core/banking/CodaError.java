package be.groupage.core.banking;

import java.util.Objects;

/**
 * One error found in a CODA file: where (1-based file line and 1-based column of the 128-character record,
 * the column where the faulty field starts, or 1 when the whole record is at fault), which field, and what,
 * in French and in English.
 */
public record CodaError(int line, int column, String field, String messageFr, String messageEn) {

    public CodaError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("Line and column start at 1: " + line + ", " + column);
        }
    }

    public static CodaError of(int line, int column, String field, String messageFr, String messageEn) {
        return new CodaError(line, column, field, messageFr, messageEn);
    }

    /** e.g. {@code line 4, column 33 (amount): not a number / pas un nombre}. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + " (" + field + "): " + messageEn + " / " + messageFr;
    }
}
