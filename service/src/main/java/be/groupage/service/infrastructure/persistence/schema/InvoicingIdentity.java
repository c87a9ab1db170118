package be.groupage.service.infrastructure.persistence.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * Who a party is on an invoice, as stored with a supplier and with the invoicing party (same column
 * names in both tables): name, KBO number, VAT number, IBAN, BIC, postal address and e-mail.
 */
@Embeddable
public class InvoicingIdentity {

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kbo;
    @Column(name = "vat_number")
    private String vatNumber;
    private String iban;
    private String bic;
    @Embedded
    private Address address;
    private String email;

    protected InvoicingIdentity() {
    }

    public InvoicingIdentity(String name, String kbo, String vatNumber, String iban, String bic, Address address, String email) {
        this.name = name;
        this.kbo = kbo;
        this.vatNumber = vatNumber;
        this.iban = iban;
        this.bic = bic;
        this.address = address;
        this.email = email;
    }

    public String name() {
        return name;
    }

    public String kbo() {
        return kbo;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String iban() {
        return iban;
    }

    public String bic() {
        return bic;
    }

    public Address address() {
        return address;
    }

    public String email() {
        return email;
    }
}
