package be.groupage.service.infrastructure.persistence.invoicing;

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

/** How much of one invoice line (by its position, from 0) a credit note credits. */
@Entity
@Table(name = "credit_note_line")
public class CreditNoteLineEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "credit_note_id")
    private CreditNoteEntity creditNote;
    @Column(nullable = false)
    private int position;
    @Column(name = "invoice_line_position", nullable = false)
    private int invoiceLinePosition;
    @Column(nullable = false)
    private BigDecimal quantity;

    protected CreditNoteLineEntity() {
    }

    public CreditNoteLineEntity(CreditNoteEntity creditNote, int position, int invoiceLinePosition, BigDecimal quantity) {
        this.creditNote = creditNote;
        this.position = position;
        this.invoiceLinePosition = invoiceLinePosition;
        this.quantity = quantity;
    }

    public int invoiceLinePosition() {
        return invoiceLinePosition;
    }

    public BigDecimal quantity() {
        return quantity;
    }
}
