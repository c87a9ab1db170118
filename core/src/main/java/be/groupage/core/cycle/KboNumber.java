package be.groupage.core.cycle;

import java.util.Objects;

/**
 * A Belgian enterprise number (KBO/BCE): 10 digits starting with 0 or 1, the last two being
 * {@code 97 − (first eight mod 97)}. Accepts the usual spellings ({@code 0203.201.340},
 * {@code BE 0203201340}, the old 9-digit form {@code 203.201.340}) and keeps the 10 digits.
 */
public record KboNumber(String digits) {

    public KboNumber {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[01]\\d{9}")) {
            throw new InvalidKboNumberException("A KBO number has 10 digits starting with 0 or 1: " + digits);
        }
        int expected = 97 - (int) (Long.parseLong(digits.substring(0, 8)) % 97);
        if (Integer.parseInt(digits.substring(8)) != expected) {
            throw new InvalidKboNumberException("KBO number " + digits + " fails its check: the last two digits should be "
                    + String.format("%02d", expected));
        }
    }

    /** Parses a KBO number written with or without {@code BE}, dots, spaces or dashes. */
    public static KboNumber of(String text) {
        Objects.requireNonNull(text, "text");
        String compact = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (compact.startsWith("BE")) {
            compact = compact.substring(2);
        }
        compact = compact.replaceAll("[\\s.\\-/]", "");
        if (compact.length() == 9) {
            compact = "0" + compact;
        }
        if (!compact.matches("\\d{10}")) {
            throw new InvalidKboNumberException("Not a KBO number (10 digits): " + text);
        }
        return new KboNumber(compact);
    }

    /** Whether the text is a valid KBO number. */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (InvalidKboNumberException e) {
            return false;
        }
    }

    /** The check digits for the first eight digits. */
    public static int checkDigits(long firstEight) {
        return 97 - (int) (firstEight % 97);
    }

    /** The usual display, e.g. {@code 0203.201.340}. */
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
