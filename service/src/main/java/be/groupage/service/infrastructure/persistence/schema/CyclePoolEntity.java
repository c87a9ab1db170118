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

import java.math.BigDecimal;

/** What closing decided for one product: whole cases to order, the pooled demand, what members get and the stock left. */
@Entity
@Table(name = "cycle_pool")
@NamedQuery(name = "CyclePool.ofCycle", query = "SELECT p FROM CyclePoolEntity p WHERE p.cycle = :cycle ORDER BY p.productCode")
public class CyclePoolEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    private CycleEntity cycle;
    @Column(name = "product_code", nullable = false)
    private String productCode;
    @Column(name = "case_size", nullable = false)
    private BigDecimal caseSize;
    @Column(nullable = false)
    private int cases;
    @Column(nullable = false)
    private BigDecimal ordered;
    @Column(nullable = false)
    private BigDecimal allocated;
    @Column(name = "platform_stock", nullable = false)
    private BigDecimal platformStock;

    protected CyclePoolEntity() {
    }

    public CyclePoolEntity(CycleEntity cycle, String productCode, BigDecimal caseSize, int cases, BigDecimal ordered,
                           BigDecimal allocated, BigDecimal platformStock) {
        this.cycle = cycle;
        this.productCode = productCode;
        this.caseSize = caseSize;
        this.cases = cases;
        this.ordered = ordered;
        this.allocated = allocated;
        this.platformStock = platformStock;
    }

    public String productCode() {
        return productCode;
    }

    public BigDecimal caseSize() {
        return caseSize;
    }

    public int cases() {
        return cases;
    }

    public BigDecimal ordered() {
        return ordered;
    }

    public BigDecimal allocated() {
        return allocated;
    }

    public BigDecimal platformStock() {
        return platformStock;
    }
}
