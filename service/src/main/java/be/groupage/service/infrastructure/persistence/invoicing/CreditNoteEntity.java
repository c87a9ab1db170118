package be.groupage.service.infrastructure.persistence.invoicing;

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

/** An issued credit note: the invoice it corrects, the reason, totals and credited lines. Never updated. */
@Entity
@Table(name = "credit_note")
@NamedQuery(name = "CreditNote.ofInvoice", query = "SELECT n FROM CreditNoteEntity n WHERE n.invoice = :invoice ORDER BY n.year, n.sequence")
@NamedQuery(name = "CreditNote.byNumber", query = "SELECT n FROM CreditNoteEntity n WHERE n.number = :number")
public class CreditNoteEntity {

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
    @JoinColumn(name = "invoice_id")
    private InvoiceEntity invoice;
    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;
    @Column(nullable = false)
    private String reason;
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
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;
    @Column(name = "issued_by", nullable = false)
    private String issuedBy;
    @OneToMany(mappedBy = "creditNote", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<CreditNoteLineEntity> lines = new ArrayList<>();

    protected CreditNoteEntity() {
    }

    @SuppressWarnings("java:S107")
    public CreditNoteEntity(String number, String series, int year, int sequence, InvoiceEntity invoice, LocalDate issueDate, String reason,
                            BigDecimal net, BigDecimal vat, BigDecimal gross, BigDecimal prepaid, BigDecimal payable, Instant issuedAt,
                            String issuedBy) {
        this.number = number;
        this.series = series;
        this.year = year;
        this.sequence = sequence;
        this.invoice = invoice;
        this.issueDate = issueDate;
        this.reason = reason;
        this.net = net;
        this.vat = vat;
        this.gross = gross;
        this.prepaid = prepaid;
        this.payable = payable;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public void addLine(CreditNoteLineEntity line) {
        lines.add(line);
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

    public InvoiceEntity invoice() {
        return invoice;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public String reason() {
        return reason;
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

    public Instant issuedAt() {
        return issuedAt;
    }

    public List<CreditNoteLineEntity> lines() {
        return lines;
    }
}
