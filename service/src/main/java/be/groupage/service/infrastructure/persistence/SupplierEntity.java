package be.groupage.service.infrastructure.persistence;

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
    @Column(name = "minimum_order_value", nullable = false)
    private BigDecimal minimumOrderValue;
    @Version
    private long version;

    protected SupplierEntity() {
    }

    public SupplierEntity(String code, String name, String kbo, String vatNumber, String iban, String bic,
                          Address address, String email, BigDecimal minimumOrderValue) {
        this.code = code;
        this.name = name;
        this.kbo = kbo;
        this.vatNumber = vatNumber;
        this.iban = iban;
        this.bic = bic;
        this.address = address;
        this.email = email;
        this.minimumOrderValue = minimumOrderValue;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
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

    public BigDecimal minimumOrderValue() {
        return minimumOrderValue;
    }
}
