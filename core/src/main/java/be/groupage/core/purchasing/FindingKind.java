package be.groupage.core.purchasing;

/** What the three-way match found about an invoice line. */
public enum FindingKind {
    /** The seller's item code (nor the GTIN) names no product of the cycle's catalogue version. */
    UNKNOWN_PRODUCT,
    /** A product of the catalogue version that the cycle did not order from the supplier. */
    NOT_ORDERED,
    /** The net unit price is not the catalogue version's price for the cycle. */
    PRICE_DIFFERS,
    /** The unit of measure is not the product's selling unit. */
    UNIT_DIFFERS,
    /** The product's invoiced quantity (all its lines together) is above what was received. */
    QUANTITY_ABOVE_RECEIVED,
    /** The product's invoiced quantity is above what was ordered (counted goods only: weighed goods are invoiced by weight). */
    QUANTITY_ABOVE_ORDERED,
    /** The VAT rate is not the product's rate. */
    VAT_DIFFERS,
    /** The declared line net is not quantity x price rounded half-up to the cent. */
    LINE_NET_DIFFERS
}
