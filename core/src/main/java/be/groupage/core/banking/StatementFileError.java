package be.groupage.core.banking;

import java.util.Objects;

/**
 * One error found in a bank statement file: where (1-based line and column; in a CODA file the column of the
 * 128-character record where the faulty field starts, or 1 when the whole record is at fault; in a CAMT.053
 * file where the faulty element starts), which field (CODA) or element path (CAMT.053), and what, in French
 * and in English.
 */
public record StatementFileError(int line, int column, String field, String messageFr, String messageEn) {

    public StatementFileError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageFr, "messageFr");
        Objects.requireNonNull(messageEn, "messageEn");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("Line and column start at 1: " + line + ", " + column);
        }
    }

    public static StatementFileError of(int line, int column, String field, String messageFr, String messageEn) {
        return new StatementFileError(line, column, field, messageFr, messageEn);
    }

    /** e.g. {@code line 4, column 33 (amount): not a number / pas un nombre}. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + " (" + field + "): " + messageEn + " / " + messageFr;
    }
}
