package be.groupage.service.application.port.invoicing;

import be.groupage.core.invoicing.Invoice;

import java.time.LocalDate;

/** An invoice as issued by {@code core}, with what its row stores beside it: the series key and the delivery date. */
public record IssuedInvoice(long cycleId, String seriesKey, Invoice invoice, LocalDate deliveryDate) {
}
