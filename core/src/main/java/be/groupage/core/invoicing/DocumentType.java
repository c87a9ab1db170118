package be.groupage.core.invoicing;

/** The kind of document a number series numbers; each kind has its own series. */
public enum DocumentType {
    /** An invoice (UBL InvoiceTypeCode 380). */
    INVOICE,
    /** A credit note correcting an issued invoice (UBL CreditNote, 381). */
    CREDIT_NOTE
}
