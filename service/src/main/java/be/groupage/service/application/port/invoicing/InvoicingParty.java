package be.groupage.service.application.port.invoicing;

import be.groupage.service.application.document.Party;
import be.groupage.service.application.document.PaymentAccount;

/**
 * Who issues the invoices (the platform or the cooperative, by configuration): its identity as printed,
 * the account members pay to, the prefix of its invoice series (empty: none) and its payment terms.
 */
public record InvoicingParty(Party party, PaymentAccount account, String seriesPrefix, int paymentTermsDays) {
}
