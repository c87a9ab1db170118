package be.groupage.service.infrastructure.persistence.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** A cooperative that publishes catalogues and receives consolidated orders. */
@Entity
@Table(name = "supplier")
@NamedQuery(name = "Supplier.all", query = "SELECT s FROM SupplierEntity s ORDER BY s.code")
@NamedQuery(name = "Supplier.byCode", query = "SELECT s FROM SupplierEntity s WHERE s.code = :code")
public class SupplierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String code;
    @Embedded
    private InvoicingIdentity identity;
    @Column(name = "minimum_order_value", nullable = false)
    private BigDecimal minimumOrderValue;
    @Version
    private long version;

    protected SupplierEntity() {
    }

    public SupplierEntity(String code, String name, String kbo, String vatNumber, String iban, String bic,
                          Address address, String email, BigDecimal minimumOrderValue) {
        this.code = code;
        this.identity = new InvoicingIdentity(name, kbo, vatNumber, iban, bic, address, email);
        this.minimumOrderValue = minimumOrderValue;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
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

    public BigDecimal minimumOrderValue() {
        return minimumOrderValue;
    }
}
