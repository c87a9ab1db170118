package be.groupage.service.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The invoicing party (the platform reselling, or the cooperative through it): a single row. */
@Entity
@Table(name = "issuer")
public class IssuerEntity {

    public static final int SINGLETON_ID = 1;

    @Id
    private Integer id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kbo;
    @Column(name = "vat_number", nullable = false)
    private String vatNumber;
    @Column(nullable = false)
    private String iban;
    private String bic;
    @Embedded
    private Address address;
    private String email;
    @Column(name = "series_prefix", nullable = false)
    private String seriesPrefix;
    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;
    @Version
    private long version;

    protected IssuerEntity() {
    }

    public IssuerEntity(String name, String kbo, String vatNumber, String iban, String bic, Address address,
                        String email, String seriesPrefix, int paymentTermsDays) {
        this.id = SINGLETON_ID;
        update(name, kbo, vatNumber, iban, bic, address, email, seriesPrefix, paymentTermsDays);
    }

    @SuppressWarnings("java:S107")
    public final void update(String name, String kbo, String vatNumber, String iban, String bic, Address address,
                             String email, String seriesPrefix, int paymentTermsDays) {
        this.name = name;
        this.kbo = kbo;
        this.vatNumber = vatNumber;
        this.iban = iban;
        this.bic = bic;
        this.address = address;
        this.email = email;
        this.seriesPrefix = seriesPrefix;
        this.paymentTermsDays = paymentTermsDays;
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

    public String seriesPrefix() {
        return seriesPrefix;
    }

    public int paymentTermsDays() {
        return paymentTermsDays;
    }

    public long version() {
        return version;
    }
}
