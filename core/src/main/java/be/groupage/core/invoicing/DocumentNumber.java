package be.groupage.core.invoicing;

import java.util.Objects;
import java.util.Optional;

/**
 * The number of an invoice or credit note in its {@link InvoiceSeries}, e.g. {@code 2026-000123}.
 *
 * <p>{@link #ogmBase()} derives the 10-digit base of the invoice's Belgian structured communication:
 * year x 1 000 000 + sequence, so {@code 2026-000123} gives {@code 2026000123}, i.e.
 * {@code +++202/6000/12320+++}. Distinct numbers of one invoice series give distinct bases, and so do
 * different years; with one invoice series per issuer and year (and each issuer its own bank account),
 * every OGM an account receives is unique. Credit notes are not paid by the member and get no OGM.
 */
public record DocumentNumber(InvoiceSeries series, int sequence) implements Comparable<DocumentNumber> {

    public DocumentNumber {
        Objects.requireNonNull(series, "series");
        if (sequence < 1 || sequence > InvoiceSeries.MAX_SEQUENCE) {
            throw new IllegalArgumentException("A sequence runs from 1 to " + InvoiceSeries.MAX_SEQUENCE + ", not " + sequence);
        }
    }

    /**
     * Reads {@code [PREFIX-]YYYY-NNNNNN} as a number of a series of the given type.
     *
     * @throws IllegalArgumentException when the text does not have that layout
     */
    public static DocumentNumber parse(DocumentType type, String text) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("-", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("A document number reads [PREFIX-]YYYY-NNNNNN: '" + text + "'");
        }
        String year = parts[parts.length - 2];
        String seq = parts[parts.length - 1];
        if (year.length() != 4 || seq.length() != 6 || !digits(year) || !digits(seq)) {
            throw new IllegalArgumentException("A document number reads [PREFIX-]YYYY-NNNNNN: '" + text + "'");
        }
        Optional<String> prefix = parts.length == 3 ? Optional.of(parts[0]) : Optional.empty();
        return new DocumentNumber(new InvoiceSeries(type, prefix, Integer.parseInt(year)), Integer.parseInt(seq));
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public DocumentType type() {
        return series.type();
    }

    /** The next number of the series. */
    public DocumentNumber next() {
        return new DocumentNumber(series, sequence + 1);
    }

    /** The printed number, e.g. {@code 2026-000123} or {@code NC-2026-000007}. */
    public String text() {
        String s = Integer.toString(sequence);
        StringBuilder sb = new StringBuilder(18);
        series.prefix().ifPresent(p -> sb.append(p).append('-'));
        sb.append(series.year()).append('-');
        for (int i = s.length(); i < 6; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }

    /**
     * The base of the invoice's structured communication: year x 1 000 000 + sequence (10 digits).
     *
     * @throws IllegalStateException for a credit note, which is not paid by bank transfer from the member
     */
    public long ogmBase() {
        if (series.type() != DocumentType.INVOICE) {
            throw new IllegalStateException("Only invoices carry a structured communication, not " + text());
        }
        return series.year() * 1_000_000L + sequence;
    }

    /** Orders numbers of one series by sequence. */
    @Override
    public int compareTo(DocumentNumber other) {
        if (!series.equals(other.series)) {
            throw new IllegalArgumentException("Cannot order numbers of different series: " + this + ", " + other);
        }
        return Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return text();
    }
}
