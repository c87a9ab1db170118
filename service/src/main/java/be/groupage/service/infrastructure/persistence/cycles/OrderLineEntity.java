package be.groupage.service.infrastructure.persistence.cycles;

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

/** One product in a member's order: quantity in the selling unit, optional maximum, and its place in the queue. */
@Entity
@Table(name = "order_line")
public class OrderLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private MemberOrderEntity order;
    @Column(name = "product_code", nullable = false)
    private String productCode;
    @Column(nullable = false)
    private BigDecimal quantity;
    private BigDecimal maximum;
    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;

    protected OrderLineEntity() {
    }

    public OrderLineEntity(MemberOrderEntity order, String productCode, BigDecimal quantity, BigDecimal maximum, Instant orderedAt) {
        this.order = order;
        this.productCode = productCode;
        update(quantity, maximum, orderedAt);
    }

    public final void update(BigDecimal quantity, BigDecimal maximum, Instant orderedAt) {
        this.quantity = quantity;
        this.maximum = maximum;
        this.orderedAt = orderedAt;
    }

    public String productCode() {
        return productCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal maximum() {
        return maximum;
    }

    public Instant orderedAt() {
        return orderedAt;
    }
}
