package be.groupage.service.infrastructure.persistence.reports;

import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Goods out (one step down): what a member received of a product in a cycle, and from which lot. */
@Entity
@Table(name = "delivery")
public class DeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    private CycleEntity cycle;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private MemberEntity member;
    @Column(name = "product_code", nullable = false)
    private String productCode;
    @Column(nullable = false)
    private BigDecimal quantity;
    @Column(name = "lot_code")
    private String lotCode;
    @Column(name = "use_by")
    private LocalDate useBy;
    @Column(name = "best_before")
    private LocalDate bestBefore;

    protected DeliveryEntity() {
    }

    public DeliveryEntity(CycleEntity cycle, MemberEntity member, String productCode, BigDecimal quantity, String lotCode,
                          LocalDate useBy, LocalDate bestBefore) {
        this.cycle = cycle;
        this.member = member;
        this.productCode = productCode;
        this.quantity = quantity;
        this.lotCode = lotCode;
        this.useBy = useBy;
        this.bestBefore = bestBefore;
    }

    public CycleEntity cycle() {
        return cycle;
    }

    public MemberEntity member() {
        return member;
    }

    public String productCode() {
        return productCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String lotCode() {
        return lotCode;
    }

    public LocalDate useBy() {
        return useBy;
    }

    public LocalDate bestBefore() {
        return bestBefore;
    }
}
