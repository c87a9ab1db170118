package be.groupage.service.application.port.supplierinvoices;

import be.groupage.core.purchasing.SupplierInvoice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads a supplier's invoice from its Peppol BIS Billing 3.0 file (UBL 2.1 {@code Invoice}). */
public interface SupplierInvoiceReader {

    /** The invoice, or every error found in the file; never throws on bad input. */
    ReadInvoice read(byte[] ubl);

    /**
     * What was read: the invoice when the file is one, else its errors (never both).
     */
    record ReadInvoice(Optional<SupplierInvoice> invoice, List<FileError> errors) {
        public ReadInvoice {
            Objects.requireNonNull(invoice, "invoice");
            errors = List.copyOf(errors);
            if (invoice.isPresent() == !errors.isEmpty()) {
                throw new IllegalArgumentException("Either an invoice or errors");
            }
        }

        public static ReadInvoice of(SupplierInvoice invoice) {
            return new ReadInvoice(Optional.of(invoice), List.of());
        }

        public static ReadInvoice failed(List<FileError> errors) {
            return new ReadInvoice(Optional.empty(), errors);
        }
    }

    /**
     * An error in the file: the element it concerns (a path such as {@code Invoice/InvoiceLine[2]/Price/PriceAmount},
     * or {@code body} for the file as a whole), and where it is when the parser knows (1-based line and column).
     */
    record FileError(String element, Optional<Integer> line, Optional<Integer> column, String message) {
        public FileError {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(message, "message");
        }

        public static FileError at(String element, String message) {
            return new FileError(element, Optional.empty(), Optional.empty(), message);
        }
    }
}
