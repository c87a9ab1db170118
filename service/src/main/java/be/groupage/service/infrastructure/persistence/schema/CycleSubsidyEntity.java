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

/** A subsidy of a cycle: a third party pays a percentage of each member's goods value, up to an optional cap. */
@Entity
@Table(name = "cycle_subsidy")
public class CycleSubsidyEntity {

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
    private BigDecimal percent;
    @Column(name = "cap_per_member")
    private BigDecimal capPerMember;

    protected CycleSubsidyEntity() {
    }

    CycleSubsidyEntity(CycleEntity cycle, int position, String label, BigDecimal percent, BigDecimal capPerMember) {
        this.cycle = cycle;
        this.position = position;
        this.label = label;
        this.percent = percent;
        this.capPerMember = capPerMember;
    }

    public String label() {
        return label;
    }

    public BigDecimal percent() {
        return percent;
    }

    public BigDecimal capPerMember() {
        return capPerMember;
    }
}
