package be.groupage.service.infrastructure.persistence.schema;

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

/** A cost of a cycle shared among its members (transport, delivery fee…), excl. VAT, with its split rule. */
@Entity
@Table(name = "cycle_shared_cost")
public class CycleSharedCostEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    private CycleEntity cycle;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String label;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "vat_rate", nullable = false)
    private BigDecimal vatRate;
    @Column(nullable = false)
    private String rule;

    protected CycleSharedCostEntity() {
    }

    CycleSharedCostEntity(CycleEntity cycle, int position, String label, BigDecimal amount, BigDecimal vatRate, String rule) {
        this.cycle = cycle;
        this.position = position;
        this.label = label;
        this.amount = amount;
        this.vatRate = vatRate;
        this.rule = rule;
    }

    public String label() {
        return label;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public String rule() {
        return rule;
    }
}
