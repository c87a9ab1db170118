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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cycle as stored: its settings, the catalogue version it orders on (prices frozen), its state and
 * when it entered each state. {@code version} guards concurrent state changes.
 */
@Entity
@Table(name = "cycle")
@NamedQuery(name = "Cycle.all", query = "SELECT c FROM CycleEntity c ORDER BY c.closesAt DESC, c.id DESC")
@NamedQuery(name = "Cycle.byStatus", query = "SELECT c FROM CycleEntity c WHERE c.status = :status ORDER BY c.closesAt DESC, c.id DESC")
public class CycleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String title;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private SupplierEntity supplier;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "catalogue_id")
    private CatalogueEntity catalogue;
    @Column(nullable = false)
    private String status;
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;
    @Column(name = "delivery_date", nullable = false)
    private LocalDate deliveryDate;
    @Column(name = "case_rounding", nullable = false)
    private String caseRounding;
    @Column(nullable = false)
    private String allocation;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id")
    private FrameworkLotEntity lot;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "ordered_at")
    private Instant orderedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "invoiced_at")
    private Instant invoicedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CycleSharedCostEntity> sharedCosts = new ArrayList<>();
    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CycleSubsidyEntity> subsidies = new ArrayList<>();
    @Version
    private long version;

    protected CycleEntity() {
    }

    @SuppressWarnings("java:S107")
    public CycleEntity(String title, SupplierEntity supplier, CatalogueEntity catalogue, Instant opensAt, Instant closesAt,
                       LocalDate deliveryDate, String caseRounding, String allocation, FrameworkLotEntity lot,
                       Instant createdAt, String createdBy) {
        this.title = title;
        this.supplier = supplier;
        this.catalogue = catalogue;
        this.status = "DRAFT";
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.deliveryDate = deliveryDate;
        this.caseRounding = caseRounding;
        this.allocation = allocation;
        this.lot = lot;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void addSharedCost(String label, java.math.BigDecimal amount, java.math.BigDecimal vatRate, String rule) {
        sharedCosts.add(new CycleSharedCostEntity(this, sharedCosts.size() + 1, label, amount, vatRate, rule));
    }

    public void addSubsidy(String label, java.math.BigDecimal percent, java.math.BigDecimal capPerMember) {
        subsidies.add(new CycleSubsidyEntity(this, subsidies.size() + 1, label, percent, capPerMember));
    }

    /** Records a new state and when (and by whom, for closing) it was entered. */
    public void moveTo(String newStatus, Instant at, String by) {
        this.status = newStatus;
        switch (newStatus) {
            case "OPEN" -> openedAt = at;
            case "CLOSED" -> {
                closedAt = at;
                closedBy = by;
            }
            case "ORDERED" -> orderedAt = at;
            case "RECEIVED" -> receivedAt = at;
            case "INVOICED" -> invoicedAt = at;
            case "CANCELLED" -> cancelledAt = at;
            default -> throw new IllegalArgumentException("No timestamp for state " + newStatus);
        }
    }

    /** When the cycle entered each state it went through, by state name, in life order. */
    public Map<String, Instant> transitions() {
        Map<String, Instant> map = new LinkedHashMap<>();
        map.put("DRAFT", createdAt);
        putIfSet(map, "OPEN", openedAt);
        putIfSet(map, "CLOSED", closedAt);
        putIfSet(map, "ORDERED", orderedAt);
        putIfSet(map, "RECEIVED", receivedAt);
        putIfSet(map, "INVOICED", invoicedAt);
        putIfSet(map, "CANCELLED", cancelledAt);
        return map;
    }

    private static void putIfSet(Map<String, Instant> map, String key, Instant value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public SupplierEntity supplier() {
        return supplier;
    }

    public CatalogueEntity catalogue() {
        return catalogue;
    }

    public String status() {
        return status;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    public String caseRounding() {
        return caseRounding;
    }

    public String allocation() {
        return allocation;
    }

    public FrameworkLotEntity lot() {
        return lot;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String closedBy() {
        return closedBy;
    }

    public List<CycleSharedCostEntity> sharedCosts() {
        return sharedCosts;
    }

    public List<CycleSubsidyEntity> subsidies() {
        return subsidies;
    }

    public long version() {
        return version;
    }
}
