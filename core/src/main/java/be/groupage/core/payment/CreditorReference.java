package be.groupage.core.payment;

import java.util.Locale;
import java.util.Objects;

/**
 * An ISO 11649 structured creditor reference: {@code RF}, two check digits, then 1 to 21 letters or
 * digits; the reference with its first four characters moved to the end, letters as 10..35, is 1
 * modulo 97. This is what the EPC QR "structured reference" field is for. Equal by its electronic form.
 */
public final class CreditorReference {

    static final String FIELD = "creditorReference";

    private final String electronic;

    private CreditorReference(String electronic) {
        this.electronic = electronic;
    }

    /** Reads a reference typed with or without spaces, any case, e.g. {@code RF18 5390 0754 7034}. */
    public static CreditorReference parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (s.length() < 5 || s.length() > 25 || !s.startsWith("RF")) {
            throw new InvalidPaymentDataException(FIELD, "an ISO 11649 reference is RF, 2 check digits and 1 to 21 characters: '" + text + "'");
        }
        for (int i = 2; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z';
            if (i < 4 ? !digit : !(digit || letter)) {
                throw new InvalidPaymentDataException(FIELD, "unexpected character '" + c + "' in '" + text + "'");
            }
        }
        if (Iban.mod97(s.substring(4) + s.substring(0, 4)) != 1) {
            throw new InvalidPaymentDataException(FIELD, "wrong check digits in '" + text + "'");
        }
        return new CreditorReference(s);
    }

    /** The reference {@code RFxx} + {@code reference} with its check digits computed. */
    public static CreditorReference of(String reference) {
        Objects.requireNonNull(reference, "reference");
        String r = reference.replace(" ", "").toUpperCase(Locale.ROOT);
        if (r.isEmpty() || r.length() > 21) {
            throw new InvalidPaymentDataException(FIELD, "the reference part has 1 to 21 characters: '" + reference + "'");
        }
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                throw new InvalidPaymentDataException(FIELD, "letters and digits only: '" + reference + "'");
            }
        }
        int check = 98 - Iban.mod97(r + "RF00");
        return new CreditorReference("RF" + (check < 10 ? "0" : "") + check + r);
    }

    /** Without spaces, e.g. {@code RF18539007547034}. */
    public String electronic() {
        return electronic;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditorReference other && electronic.equals(other.electronic);
    }

    @Override
    public int hashCode() {
        return electronic.hashCode();
    }

    @Override
    public String toString() {
        return electronic;
    }
}
