package be.groupage.service.infrastructure.persistence.invoicing;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An issued invoice as stored: its number, parties, dates, totals and lines. Never updated. */
@Entity
@Table(name = "invoice")
@NamedQuery(name = "Invoice.byNumber", query = "SELECT i FROM InvoiceEntity i WHERE i.number = :number")
@NamedQuery(name = "Invoice.ofCycle", query = "SELECT i FROM InvoiceEntity i WHERE i.cycle = :cycle ORDER BY i.year, i.sequence")
public class InvoiceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String number;
    @Column(nullable = false)
    private String series;
    @Column(nullable = false)
    private int year;
    @Column(nullable = false)
    private int sequence;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cycle_id")
    private CycleEntity cycle;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private MemberEntity member;
    @Column(name = "order_reference")
    private String orderReference;
    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "delivery_date", nullable = false)
    private LocalDate deliveryDate;
    @Column(nullable = false)
    private BigDecimal net;
    @Column(nullable = false)
    private BigDecimal vat;
    @Column(nullable = false)
    private BigDecimal gross;
    @Column(nullable = false)
    private BigDecimal prepaid;
    @Column(nullable = false)
    private BigDecimal payable;
    @Column(nullable = false)
    private String ogm;
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "issued_by", nullable = false)
    private String issuedBy;
    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<InvoiceLineEntity> lines = new ArrayList<>();

    protected InvoiceEntity() {
    }

    @SuppressWarnings("java:S107")
    public InvoiceEntity(String number, String series, int year, int sequence, CycleEntity cycle, MemberEntity member,
                         String orderReference, LocalDate issueDate, LocalDate dueDate, LocalDate deliveryDate, BigDecimal net,
                         BigDecimal vat, BigDecimal gross, BigDecimal prepaid, BigDecimal payable, String ogm, Instant issuedAt,
                         String issuedBy) {
        this.number = number;
        this.series = series;
        this.year = year;
        this.sequence = sequence;
        this.cycle = cycle;
        this.member = member;
        this.orderReference = orderReference;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.deliveryDate = deliveryDate;
        this.net = net;
        this.vat = vat;
        this.gross = gross;
        this.prepaid = prepaid;
        this.payable = payable;
        this.ogm = ogm;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public void addLine(InvoiceLineEntity line) {
        lines.add(line);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public int year() {
        return year;
    }

    public int sequence() {
        return sequence;
    }

    public CycleEntity cycle() {
        return cycle;
    }

    public MemberEntity member() {
        return member;
    }

    public String orderReference() {
        return orderReference;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    public BigDecimal net() {
        return net;
    }

    public BigDecimal vat() {
        return vat;
    }

    public BigDecimal gross() {
        return gross;
    }

    public BigDecimal prepaid() {
        return prepaid;
    }

    public BigDecimal payable() {
        return payable;
    }

    public String ogm() {
        return ogm;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public List<InvoiceLineEntity> lines() {
        return lines;
    }
}
