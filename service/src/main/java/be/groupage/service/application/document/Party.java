package be.groupage.service.application.document;

import be.groupage.core.cycle.KboNumber;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A party named on a document: the issuer (seller), a member (buyer) or the cooperative.
 *
 * @param name        legal name
 * @param street      street and number
 * @param postalCode  postal code
 * @param city        city
 * @param countryCode ISO 3166-1 alpha-2, e.g. {@code BE}
 * @param kbo         enterprise number (KBO/BCE), the Peppol endpoint (scheme 0208)
 * @param vatNumber   VAT number in electronic form ({@code BE0203201340}), empty when not VAT-registered
 * @param email       contact address, when any
 */
public record Party(String name, String street, String postalCode, String city, String countryCode, KboNumber kbo,
                    Optional<String> vatNumber, Optional<String> email) {

    public Party {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(kbo, "kbo");
        vatNumber = Objects.requireNonNull(vatNumber, "vatNumber").map(Party::electronicVat).filter(v -> !v.isEmpty());
        email = Objects.requireNonNull(email, "email").filter(e -> !e.isBlank());
        if (name.isBlank()) {
            throw new IllegalArgumentException("A party needs a name");
        }
    }

    public static Party of(String name, String street, String postalCode, String city, String countryCode, KboNumber kbo,
                           String vatNumberOrNull, String emailOrNull) {
        return new Party(name, street, postalCode, city, countryCode, kbo, Optional.ofNullable(vatNumberOrNull),
                Optional.ofNullable(emailOrNull));
    }

    /** {@code BE 0203.201.340} → {@code BE0203201340}. */
    static String electronicVat(String vat) {
        StringBuilder sb = new StringBuilder(vat.length());
        for (int i = 0; i < vat.length(); i++) {
            char c = vat.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** The VAT number as people read it: {@code BE 0203.201.340} for a Belgian one. */
    public Optional<String> vatNumberFormatted() {
        return vatNumber.map(v -> v.startsWith("BE") && v.length() == 12
                ? "BE " + v.substring(2, 6) + "." + v.substring(6, 9) + "." + v.substring(9)
                : v);
    }

    /** {@code 5000 Namur}. */
    public String postalCodeAndCity() {
        return (postalCode + " " + city).strip();
    }
}
