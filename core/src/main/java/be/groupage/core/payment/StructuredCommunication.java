package be.groupage.core.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Belgian structured communication (OGM, "communication structurée"; VCS in Dutch): a 10-digit base
 * followed by two check digits equal to the base modulo 97 (97 when that is 0), shown
 * {@code +++123/4567/89012+++}. One per invoice, so that bank statements can be matched automatically.
 *
 * <p>Example: base {@code 2026000123} gives {@code +++202/6000/12320+++}.
 *
 * <p>Equal by its twelve digits.
 */
public final class StructuredCommunication {

    static final String FIELD = "structuredCommunication";
    public static final long MAX_BASE = 9_999_999_999L;

    /**
     * Twelve digits grouped as an OGM may be typed in a free text: 3, 4 and 5 digits, each group break being
     * nothing, a slash, a space, a dot or a dash, with no digit right before or after.
     */
    private static final Pattern IN_TEXT = Pattern.compile("(?<!\\d)(\\d{3})[/ .-]?(\\d{4})[/ .-]?(\\d{5})(?!\\d)");

    private final long base;

    private StructuredCommunication(long base) {
        this.base = base;
    }

    /**
     * The communication for a 10-digit base (leading zeros allowed: 0 to 9 999 999 999).
     *
     * @throws InvalidPaymentDataException when the base is negative or has more than ten digits
     */
    public static StructuredCommunication ofBase(long base) {
        if (base < 0 || base > MAX_BASE) {
            throw new InvalidPaymentDataException(FIELD, "the base is a number of at most 10 digits, not " + base);
        }
        return new StructuredCommunication(base);
    }

    /** The check digits of a base: base mod 97, or 97 when that is 0. */
    public static int checkDigitsOf(long base) {
        int mod = (int) (base % 97);
        return mod == 0 ? 97 : mod;
    }

    /**
     * Reads a communication as people type it: {@code +++202/6000/12320+++}, {@code ***202/6000/12320***},
     * {@code 202/6000/12320} or {@code 202600012320}; spaces are ignored. The check digits must match.
     *
     * @throws InvalidPaymentDataException when the text is not twelve digits in one of these layouts or
     *                                     the check digits are wrong
     */
    public static StructuredCommunication parse(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                compact.append(c);
            }
        }
        String s = compact.toString();
        if (s.length() >= 6 && (s.startsWith("+++") || s.startsWith("***"))) {
            String fence = s.substring(0, 3);
            if (!s.endsWith(fence)) {
                throw new InvalidPaymentDataException(FIELD, "opens with " + fence + " but does not close with it: " + text);
            }
            s = s.substring(3, s.length() - 3);
        } else if (s.startsWith("+") || s.startsWith("*") || s.endsWith("+") || s.endsWith("*")) {
            throw new InvalidPaymentDataException(FIELD, "must be fenced by +++ or *** on both sides: " + text);
        }
        if (s.indexOf('/') >= 0) {
            if (s.length() != 14 || s.charAt(3) != '/' || s.charAt(8) != '/') {
                throw new InvalidPaymentDataException(FIELD, "slashes go as 123/4567/89012: " + text);
            }
            s = s.substring(0, 3) + s.substring(4, 8) + s.substring(9);
        }
        if (s.length() != 12) {
            throw new InvalidPaymentDataException(FIELD, "has 12 digits, not " + s.length() + ": " + text);
        }
        for (int i = 0; i < 12; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                throw new InvalidPaymentDataException(FIELD, "has digits only: " + text);
            }
        }
        long base = Long.parseLong(s.substring(0, 10));
        int check = Integer.parseInt(s.substring(10));
        if (check != checkDigitsOf(base)) {
            throw new InvalidPaymentDataException(FIELD, "wrong check digits " + s.substring(10)
                    + ", expected " + twoDigits(checkDigitsOf(base)) + ": " + text);
        }
        return new StructuredCommunication(base);
    }

    /** Whether {@link #parse(String)} accepts the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /**
     * Every group of twelve digits in a free text that could be a structured communication someone typed, in
     * the order found: fenced by {@code +++} or {@code ***} or not, with slashes, spaces, dots or dashes as in
     * {@code 123/4567/89012}, or bare; e.g. {@code "facture +++202/6000/12320+++ merci"} or
     * {@code "VCS 202 6000 12321"}. Check digits are not checked (a mistyped OGM is a candidate too), so
     * each candidate is given as its twelve digits. A longer run of digits (an IBAN, a phone number) is none.
     */
    public static List<String> candidatesIn(String text) {
        Objects.requireNonNull(text, "text");
        List<String> found = new ArrayList<>();
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            found.add(m.group(1) + m.group(2) + m.group(3));
        }
        return found;
    }

    /**
     * The structured communications with valid check digits typed in a free text (see
     * {@link #candidatesIn(String)}), without repetition, in the order found.
     */
    public static List<StructuredCommunication> findIn(String text) {
        List<StructuredCommunication> found = new ArrayList<>();
        for (String digits : candidatesIn(text)) {
            long base = Long.parseLong(digits.substring(0, 10));
            if (Integer.parseInt(digits.substring(10)) == checkDigitsOf(base)) {
                StructuredCommunication ogm = new StructuredCommunication(base);
                if (!found.contains(ogm)) {
                    found.add(ogm);
                }
            }
        }
        return found;
    }

    public long base() {
        return base;
    }

    public int checkDigits() {
        return checkDigitsOf(base);
    }

    /** The twelve digits without any punctuation, e.g. {@code 202600012320}. */
    public String digits() {
        String b = Long.toString(base);
        StringBuilder sb = new StringBuilder(12);
        for (int i = b.length(); i < 10; i++) {
            sb.append('0');
        }
        return sb.append(b).append(twoDigits(checkDigits())).toString();
    }

    /** The usual display, e.g. {@code +++202/6000/12320+++}. */
    public String formatted() {
        String d = digits();
        return "+++" + d.substring(0, 3) + '/' + d.substring(3, 7) + '/' + d.substring(7) + "+++";
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructuredCommunication other && base == other.base;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(base);
    }

    /** Same as {@link #formatted()}. */
    @Override
    public String toString() {
        return formatted();
    }
}
