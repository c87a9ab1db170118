package be.groupage.service.infrastructure.persistence.cycles;

import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's order in a cycle. Every replace raises {@code version}, so two edits that started from the
 * same version cannot both succeed: the second gets an optimistic-lock failure (409).
 */
@Entity
@Table(name = "member_order")
@NamedQuery(name = "MemberOrder.ofCycle", query = "SELECT o FROM MemberOrderEntity o WHERE o.cycle = :cycle ORDER BY o.member.code")
@NamedQuery(name = "MemberOrder.ofCycleAndMember",
        query = "SELECT o FROM MemberOrderEntity o WHERE o.cycle = :cycle AND o.member = :member")
public class MemberOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    private CycleEntity cycle;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private MemberEntity member;
    @Column(name = "purchase_order_ref")
    private String purchaseOrderRef;
    @Column(name = "committed_value", nullable = false)
    private BigDecimal committedValue;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("productCode")
    private List<OrderLineEntity> lines = new ArrayList<>();
    @Version
    private long version;

    protected MemberOrderEntity() {
    }

    public MemberOrderEntity(CycleEntity cycle, MemberEntity member, Instant updatedAt, String updatedBy) {
        this.cycle = cycle;
        this.member = member;
        this.committedValue = BigDecimal.ZERO;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public void update(String purchaseOrderRef, BigDecimal committedValue, Instant updatedAt, String updatedBy) {
        this.purchaseOrderRef = purchaseOrderRef;
        this.committedValue = committedValue;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public Long id() {
        return id;
    }

    public CycleEntity cycle() {
        return cycle;
    }

    public MemberEntity member() {
        return member;
    }

    public String purchaseOrderRef() {
        return purchaseOrderRef;
    }

    public BigDecimal committedValue() {
        return committedValue;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public List<OrderLineEntity> lines() {
        return lines;
    }

    public long version() {
        return version;
    }
}
