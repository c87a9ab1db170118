package be.groupage.service.infrastructure.persistence.schema;

import be.groupage.service.application.port.common.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address as stored with a member, supplier or the issuer. */
@Embeddable
public class Address {

    @Column(name = "street", nullable = false)
    private String street;
    @Column(name = "postal_code", nullable = false)
    private String postalCode;
    @Column(name = "city", nullable = false)
    private String city;
    @Column(name = "country", nullable = false)
    private String country;

    protected Address() {
    }

    public Address(String street, String postalCode, String city, String country) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
    }

    /** The stored form of an address. */
    public static Address of(PostalAddress address) {
        return new Address(address.street(), address.postalCode(), address.city(), address.country());
    }

    /** The address as the use cases read it. */
    public PostalAddress toPostalAddress() {
        return new PostalAddress(street, postalCode, city, country);
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }
}
