package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.port.common.PostalAddress;

/** A postal address in the API. */
public record AddressView(String street, String postalCode, String city, String country) {

    public static AddressView of(PostalAddress address) {
        return new AddressView(address.street(), address.postalCode(), address.city(), address.country());
    }
}
