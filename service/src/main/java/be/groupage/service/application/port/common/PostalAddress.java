package be.groupage.service.application.port.common;

import static java.util.Objects.requireNonNull;

/** A postal address of a member, supplier or the invoicing party; country as ISO 3166 alpha-2. */
public record PostalAddress(String street, String postalCode, String city, String country) {

    public PostalAddress {
        requireNonNull(street, "street");
        requireNonNull(postalCode, "postalCode");
        requireNonNull(city, "city");
        requireNonNull(country, "country");
    }
}
