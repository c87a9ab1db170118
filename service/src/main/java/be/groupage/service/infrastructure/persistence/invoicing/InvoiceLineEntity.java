package be.groupage.service.infrastructure.persistence.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an issued invoice, as computed by core (goods, cost share or subsidy), identified by its invoice and
 * its position in it (the table's primary key, V9). Read only: the lines are written in bulk by the invoice book.
 */
@Entity
@Table(name = "invoice_line")
@IdClass(InvoiceLineEntity.Key.class)
public class InvoiceLineEntity {

    @Id
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private InvoiceEntity invoice;
    @Id
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private BigDecimal quantity;
    @Column(nullable = false)
    private String unit;
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;
    @Column(name = "vat_rate")
    private BigDecimal vatRate;
    @Column(nullable = false)
    private boolean weighed;
    @Column(nullable = false)
    private BigDecimal net;

    protected InvoiceLineEntity() {
    }

    @SuppressWarnings("java:S107")
    public InvoiceLineEntity(InvoiceEntity invoice, int position, String kind, String code, String description, BigDecimal quantity,
                             String unit, BigDecimal unitPrice, BigDecimal vatRate, boolean weighed, BigDecimal net) {
        this.invoice = invoice;
        this.position = position;
        this.kind = kind;
        this.code = code;
        this.description = description;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.vatRate = vatRate;
        this.weighed = weighed;
        this.net = net;
    }

    public int position() {
        return position;
    }

    public String kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public boolean weighed() {
        return weighed;
    }

    public BigDecimal net() {
        return net;
    }

    /** The primary key: the invoice's id and the line's position in it. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long invoice;
        private int position;

        public Key() {
        }

        public Key(Long invoice, int position) {
            this.invoice = invoice;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(invoice, k.invoice) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(invoice, position);
        }
    }
}
