package be.groupage.service.infrastructure.persistence.schema;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A framework agreement with a supplier: number, validity period (inclusive) and lots with ceilings. */
@Entity
@Table(name = "framework_agreement")
@NamedQuery(name = "FrameworkAgreement.all", query = "SELECT a FROM FrameworkAgreementEntity a ORDER BY a.number")
@NamedQuery(name = "FrameworkAgreement.byNumber", query = "SELECT a FROM FrameworkAgreementEntity a WHERE a.number = :number")
public class FrameworkAgreementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String number;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private SupplierEntity supplier;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("code")
    private List<FrameworkLotEntity> lots = new ArrayList<>();
    @Version
    private long version;

    protected FrameworkAgreementEntity() {
    }

    public FrameworkAgreementEntity(String number, SupplierEntity supplier, LocalDate validFrom, LocalDate validTo, Instant createdAt) {
        this.number = number;
        this.supplier = supplier;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = createdAt;
    }

    public FrameworkLotEntity addLot(String code, java.math.BigDecimal ceiling) {
        FrameworkLotEntity lot = new FrameworkLotEntity(this, code, ceiling);
        lots.add(lot);
        return lot;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public SupplierEntity supplier() {
        return supplier;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<FrameworkLotEntity> lots() {
        return lots;
    }
}
