package be.groupage.core.invoicing;

/** What an invoice line is for. */
public enum LineKind {
    /** Goods delivered: delivered (or weighed) quantity x cycle price, taxed at the product's rate. */
    GOODS,
    /** A member's share of a shared cost (transport, fees), taxed at the cost's rate. */
    COST_SHARE,
    /**
     * A part paid by a third party (subsidy): negative, outside the VAT computation. It does not reduce
     * the taxable base (the subsidy is consideration for the same supply), only the amount payable.
     */
    SUBSIDY
}
