/**
 * Payments: bank statements (CODA, CAMT.053) imported and matched to the invoices by their structured
 * communication, the credits a person confirms, the state of each invoice, the aged balance, the payments for the
 * accounts ({@code PaymentsService}), and the reminders sent for overdue invoices ({@code ReminderService}). Every
 * decision is {@code core}'s receivables ledger, restored from the book at each use.
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access},
 * {@code application.document} and the ports of {@code application.port.payments}, {@code application.port.invoicing}
 * and {@code application.port.document}.
 */
package be.groupage.service.application.payments;
