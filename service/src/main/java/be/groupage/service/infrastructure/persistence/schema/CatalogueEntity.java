package be.groupage.service.infrastructure.persistence.schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One imported version of a supplier's catalogue; never changed after import. */
@Entity
@Table(name = "catalogue")
@NamedQuery(name = "Catalogue.latestVersion",
        query = "SELECT MAX(c.version) FROM CatalogueEntity c WHERE c.supplier = :supplier")
@NamedQuery(name = "Catalogue.bySupplier",
        query = "SELECT c FROM CatalogueEntity c WHERE c.supplier.code = :supplier ORDER BY c.version DESC")
public class CatalogueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private SupplierEntity supplier;
    @Column(nullable = false)
    private int version;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "product_count", nullable = false)
    private int productCount;

    protected CatalogueEntity() {
    }

    public CatalogueEntity(SupplierEntity supplier, int version, Instant importedAt, String importedBy, int productCount) {
        this.supplier = supplier;
        this.version = version;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.productCount = productCount;
    }

    public Long id() {
        return id;
    }

    public SupplierEntity supplier() {
        return supplier;
    }

    public int version() {
        return version;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public int productCount() {
        return productCount;
    }
}
