package be.groupage.core.invoicing;

import java.util.Objects;
import java.util.Optional;

/**
 * A number series: one per issuer, document type and calendar year, sequential without gaps (the
 * service allocates numbers inside the issuing transaction). A number reads {@code [PREFIX-]YYYY-NNNNNN}:
 * {@code 2026-000001}, {@code NC-2026-000001}. The prefix is 1 to 10 upper-case letters or digits
 * starting with a letter; credit notes get their own series, by default prefixed {@code NC}
 * ("note de crédit"). The sequence runs from 1 to 999 999.
 */
public record InvoiceSeries(DocumentType type, Optional<String> prefix, int year) {

    public static final int MAX_SEQUENCE = 999_999;
    public static final String CREDIT_NOTE_PREFIX = "NC";

    public InvoiceSeries {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prefix, "prefix");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("A series year has four digits, not " + year);
        }
        prefix.ifPresent(InvoiceSeries::checkPrefix);
    }

    /** The invoice series of a year, without prefix: {@code 2026-000001}. */
    public static InvoiceSeries invoices(int year) {
        return new InvoiceSeries(DocumentType.INVOICE, Optional.empty(), year);
    }

    /** An invoice series with a prefix: {@code FAC-2026-000001}. */
    public static InvoiceSeries invoices(String prefix, int year) {
        return new InvoiceSeries(DocumentType.INVOICE, Optional.of(prefix), year);
    }

    /** The credit-note series of a year: {@code NC-2026-000001}. */
    public static InvoiceSeries creditNotes(int year) {
        return new InvoiceSeries(DocumentType.CREDIT_NOTE, Optional.of(CREDIT_NOTE_PREFIX), year);
    }

    public static InvoiceSeries creditNotes(String prefix, int year) {
        return new InvoiceSeries(DocumentType.CREDIT_NOTE, Optional.of(prefix), year);
    }

    private static void checkPrefix(String p) {
        if (p.isEmpty() || p.length() > 10 || !(p.charAt(0) >= 'A' && p.charAt(0) <= 'Z')) {
            throw new IllegalArgumentException("A series prefix has 1 to 10 characters and starts with an upper-case letter: '" + p + "'");
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("A series prefix has upper-case letters and digits only: '" + p + "'");
            }
        }
    }

    /** The number {@code sequence} of this series. */
    public DocumentNumber number(int sequence) {
        return new DocumentNumber(this, sequence);
    }

    public DocumentNumber first() {
        return number(1);
    }

    /**
     * Reads a number of this series, e.g. {@code NC-2026-000042}.
     *
     * @throws IllegalArgumentException when it is malformed or belongs to another series
     */
    public DocumentNumber parse(String text) {
        DocumentNumber number = DocumentNumber.parse(type, text);
        if (!number.series().equals(this)) {
            throw new IllegalArgumentException("'" + text + "' is not a number of series " + this);
        }
        return number;
    }

    @Override
    public String toString() {
        return prefix.map(p -> p + "-").orElse("") + year + " (" + type + ")";
    }
}
