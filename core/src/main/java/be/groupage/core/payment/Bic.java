package be.groupage.core.payment;

import java.util.Locale;
import java.util.Objects;

/**
 * A Business Identifier Code (ISO 9362): 4 letters for the institution, 2 letters for the country,
 * 2 letters or digits for the location, and optionally 3 letters or digits for the branch; 8 or 11
 * characters. Only the format is checked (whether the bank exists needs the SWIFT directory).
 * Equal by its upper-case text.
 */
public final class Bic {

    static final String FIELD = "bic";

    private final String code;

    private Bic(String code) {
        this.code = code;
    }

    /**
     * Reads a BIC in any case, surrounding spaces ignored, e.g. {@code GKCCBEBB} or {@code GEBABEBBXXX}.
     *
     * @throws InvalidPaymentDataException when the format is wrong
     */
    public static Bic parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.length() != 8 && s.length() != 11) {
            throw new InvalidPaymentDataException(FIELD, "a BIC has 8 or 11 characters, not " + s.length() + ": '" + text + "'");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 6 ? !letter : !(letter || digit)) {
                throw new InvalidPaymentDataException(FIELD, "unexpected character '" + c + "' at position " + (i + 1)
                        + " (institution and country are letters) in '" + text + "'");
            }
        }
        return new Bic(s);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public String code() {
        return code;
    }

    public String countryCode() {
        return code.substring(4, 6);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bic other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
