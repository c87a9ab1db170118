package be.groupage.core.payment;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An International Bank Account Number (ISO 13616) of a SEPA country, validated on creation: the
 * country's length, letters and digits only, and the mod-97 check (the number with its first four
 * characters moved to the end, letters as 10..35, is 1 modulo 97). A Belgian IBAN also passes the
 * national check: its last two digits are its first ten BBAN digits modulo 97 (97 when 0).
 *
 * <p>Countries outside the SEPA scheme are refused: an EPC QR code only carries SEPA credit transfers.
 * Equal by the electronic form (no spaces, upper case).
 */
public final class Iban {

    static final String FIELD = "iban";

    /** IBAN lengths of the SEPA countries and territories (EPC409-09, SWIFT IBAN registry). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("BE", 16),
            Map.entry("BG", 22), Map.entry("CH", 21), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GG", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IM", 22),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JE", 22), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27),
            Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("VA", 22));

    private final String electronic;

    private Iban(String electronic) {
        this.electronic = electronic;
    }

    /**
     * Reads an IBAN typed with or without spaces, in any case, e.g. {@code BE68 5390 0754 7034}.
     *
     * @throws InvalidPaymentDataException naming what is wrong (country, length, character, check digits)
     */
    public static Iban parse(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') {
                sb.append(Character.toUpperCase(c));
            }
        }
        String s = sb.toString();
        if (s.length() < 4) {
            throw new InvalidPaymentDataException(FIELD, "too short to be an IBAN: '" + text + "'");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (i < 2 ? !letter : i < 4 ? !digit : !(letter || digit)) {
                throw new InvalidPaymentDataException(FIELD, "unexpected character '" + c + "' at position " + (i + 1) + " in '" + text + "'");
            }
        }
        String country = s.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            throw new InvalidPaymentDataException(FIELD, "country " + country + " is not a SEPA country: '" + text + "'");
        }
        if (s.length() != length) {
            throw new InvalidPaymentDataException(FIELD, "an IBAN from " + country + " has " + length + " characters, not " + s.length() + ": '" + text + "'");
        }
        if (mod97(s.substring(4) + s.substring(0, 4)) != 1) {
            throw new InvalidPaymentDataException(FIELD, "wrong check digits in '" + text + "'");
        }
        if (country.equals("BE")) {
            long first10 = Long.parseLong(s.substring(4, 14));
            int national = Integer.parseInt(s.substring(14, 16));
            int expected = (int) (first10 % 97) == 0 ? 97 : (int) (first10 % 97);
            if (national != expected) {
                throw new InvalidPaymentDataException(FIELD, "wrong Belgian account check digits in '" + text + "'");
            }
        }
        return new Iban(s);
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

    /** The IBAN length of a SEPA country, e.g. 16 for {@code BE}. */
    public static Optional<Integer> lengthFor(String countryCode) {
        return Optional.ofNullable(countryCode == null ? null : LENGTHS.get(countryCode.toUpperCase(java.util.Locale.ROOT)));
    }

    /** Letters count 10 (A) to 35 (Z); computed digit by digit so no big integer is needed. */
    static int mod97(String alphanumeric) {
        int mod = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            if (c >= '0' && c <= '9') {
                mod = (mod * 10 + (c - '0')) % 97;
            } else {
                int v = c - 'A' + 10;
                mod = (mod * 100 + v) % 97;
            }
        }
        return mod;
    }

    public String countryCode() {
        return electronic.substring(0, 2);
    }

    /** Without spaces, upper case, e.g. {@code BE68539007547034}: the form for files and QR codes. */
    public String electronic() {
        return electronic;
    }

    /** In groups of four for people, e.g. {@code BE68 5390 0754 7034}. */
    public String formatted() {
        StringBuilder sb = new StringBuilder(electronic.length() + electronic.length() / 4);
        for (int i = 0; i < electronic.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(electronic.charAt(i));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iban other && electronic.equals(other.electronic);
    }

    @Override
    public int hashCode() {
        return electronic.hashCode();
    }

    /** Same as {@link #formatted()}. */
    @Override
    public String toString() {
        return formatted();
    }
}
