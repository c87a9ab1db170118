package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.common.Registrations;

/** A postal address as a client sends it (checked by the use case). */
public record AddressDto(String street, String postalCode, String city, String country) {

    public static Registrations.AddressInput toInput(AddressDto address) {
        return address == null ? null : new Registrations.AddressInput(address.street(), address.postalCode(), address.city(),
                address.country());
    }
}
