package be.groupage.service.infrastructure.persistence.schema;

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
    @Embedded
    private InvoicingIdentity identity;
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
        this.identity = new InvoicingIdentity(name, kbo, vatNumber, iban, bic, address, email);
        this.seriesPrefix = seriesPrefix;
        this.paymentTermsDays = paymentTermsDays;
    }

    public InvoicingIdentity identity() {
        return identity;
    }

    public String name() {
        return identity.name();
    }

    public String kbo() {
        return identity.kbo();
    }

    public String vatNumber() {
        return identity.vatNumber();
    }

    public String iban() {
        return identity.iban();
    }

    public String bic() {
        return identity.bic();
    }

    public Address address() {
        return identity.address();
    }

    public String email() {
        return identity.email();
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
