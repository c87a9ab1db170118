package be.groupage.core.delivery;

/** What is delivered: an invoice (UBL {@code Invoice}, type 380) or a credit note (UBL {@code CreditNote}, type 381). */
public enum DocumentKind {
    INVOICE,
    CREDIT_NOTE
}
