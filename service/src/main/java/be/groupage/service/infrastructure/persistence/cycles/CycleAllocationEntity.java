package be.groupage.service.infrastructure.persistence.cycles;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** What closing allocated to one member line, and why it differs from what was ordered. */
@Entity
@Table(name = "cycle_allocation")
@NamedQuery(name = "CycleAllocation.ofCycle",
        query = "SELECT a FROM CycleAllocationEntity a WHERE a.cycle = :cycle ORDER BY a.productCode, a.member.code")
@NamedQuery(name = "CycleAllocation.ofCycleAndMember",
        query = "SELECT a FROM CycleAllocationEntity a WHERE a.cycle = :cycle AND a.member = :member ORDER BY a.productCode")
public class CycleAllocationEntity {

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
    private BigDecimal ordered;
    @Column(nullable = false)
    private BigDecimal allocated;
    @Column(nullable = false)
    private String reason;
    @Column(nullable = false)
    private String explanation;

    protected CycleAllocationEntity() {
    }

    public CycleAllocationEntity(CycleEntity cycle, MemberEntity member, String productCode, BigDecimal ordered,
                                 BigDecimal allocated, String reason, String explanation) {
        this.cycle = cycle;
        this.member = member;
        this.productCode = productCode;
        this.ordered = ordered;
        this.allocated = allocated;
        this.reason = reason;
        this.explanation = explanation;
    }

    public MemberEntity member() {
        return member;
    }

    public String productCode() {
        return productCode;
    }

    public BigDecimal ordered() {
        return ordered;
    }

    public BigDecimal allocated() {
        return allocated;
    }

    public String reason() {
        return reason;
    }

    public String explanation() {
        return explanation;
    }
}
