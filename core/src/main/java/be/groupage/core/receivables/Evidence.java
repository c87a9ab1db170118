package be.groupage.core.receivables;

/**
 * Why a credit might pay some invoices, each with a weight; a suggestion's score is the sum of the weights of
 * its evidence, a reference in the communication counting once per invoice it points at. A reference to the invoice in the communication weighs most, then a near-miss OGM, then the
 * amount, then who paid.
 */
public enum Evidence {
    /** The communication holds, as free text, an OGM with valid check digits equal to the invoice's. */
    OGM_IN_FREE_TEXT(100, "the invoice's OGM is in the free communication"),
    /** The communication holds the invoice's number. */
    INVOICE_NUMBER_IN_TEXT(80, "the invoice number is in the communication"),
    /** The communication holds twelve digits one slip from the invoice's OGM: one digit differs, or two adjacent ones are swapped. */
    OGM_ONE_SLIP(50, "an OGM one digit off the invoice's is in the communication"),
    /** The credit equals the invoice's open amount. */
    AMOUNT_EQUALS_OPEN(40, "the amount equals the open amount"),
    /** The credit equals the sum of the open amounts of several invoices of the member. */
    AMOUNT_EQUALS_SUM_OF_OPEN(30, "the amount equals the sum of the open amounts"),
    /** The payer's IBAN is an account known for the member. */
    KNOWN_ACCOUNT(30, "paid from an account known for the member"),
    /** The member's name is in the payer's name. */
    MEMBER_NAME(20, "the member's name is the payer's name");

    private final int weight;
    private final String description;

    Evidence(int weight, String description) {
        this.weight = weight;
        this.description = description;
    }

    public int weight() {
        return weight;
    }

    /** In plain English, for the person who confirms. */
    public String description() {
        return description;
    }
}
