package be.groupage.service.application.port.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An issued invoice as lists show it: number, member, cycle, amounts in EUR, OGM and due date. */
public record InvoiceSummary(String number, String memberCode, long cycleId, LocalDate issueDate, BigDecimal net, BigDecimal vat,
                             BigDecimal gross, BigDecimal prepaid, BigDecimal payable, String ogm, LocalDate dueDate,
                             String orderReference) {
}
