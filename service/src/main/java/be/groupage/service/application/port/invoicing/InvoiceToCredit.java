package be.groupage.service.application.port.invoicing;

import be.groupage.core.cycle.LotReference;
import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.Invoice;
import be.groupage.service.application.document.Party;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An issued invoice about to be credited, with the credit notes issued on it before and what its credit note prints. */
public record InvoiceToCredit(Invoice invoice, List<CreditNote> earlier, Party buyer, LocalDate deliveryDate, Optional<LotReference> lot,
                              String cycleTitle) {
}
