package be.groupage.service.infrastructure.persistence.reception;

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
import java.time.Instant;
import java.time.LocalDate;

/** Goods in (one step up): a quantity of a product the supplier delivered for a cycle, with its lot and date. */
@Entity
@Table(name = "reception_line")
public class ReceptionLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    private CycleEntity cycle;
    @Column(name = "product_code", nullable = false)
    private String productCode;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private MemberEntity member;
    @Column(nullable = false)
    private BigDecimal quantity;
    @Column(name = "lot_code")
    private String lotCode;
    @Column(name = "use_by")
    private LocalDate useBy;
    @Column(name = "best_before")
    private LocalDate bestBefore;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    protected ReceptionLineEntity() {
    }

    @SuppressWarnings("java:S107")
    public ReceptionLineEntity(CycleEntity cycle, String productCode, MemberEntity member, BigDecimal quantity, String lotCode,
                               LocalDate useBy, LocalDate bestBefore, Instant receivedAt, String receivedBy) {
        this.cycle = cycle;
        this.productCode = productCode;
        this.member = member;
        this.quantity = quantity;
        this.lotCode = lotCode;
        this.useBy = useBy;
        this.bestBefore = bestBefore;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    public String productCode() {
        return productCode;
    }

    public MemberEntity member() {
        return member;
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
