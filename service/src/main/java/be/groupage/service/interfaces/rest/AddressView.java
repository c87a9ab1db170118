package be.groupage.service.interfaces.rest;

import be.groupage.service.application.port.PostalAddress;

/** A postal address in the API. */
public record AddressView(String street, String postalCode, String city, String country) {

    static AddressView of(PostalAddress address) {
        return new AddressView(address.street(), address.postalCode(), address.city(), address.country());
    }
}
