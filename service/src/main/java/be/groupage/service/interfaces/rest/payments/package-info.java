/**
 * The payments API: bank statements imported, the credits waiting for a person and their confirmation, the state of
 * each invoice, the aged balance, the payments for the accounts, and the reminders.
 *
 * <p>May depend on: {@code core}, {@code application.payments}, {@code application.access},
 * {@code application.common}, the ports' read models of {@code application.port.payments} and
 * {@code interfaces.rest.common}.
 */
package be.groupage.service.interfaces.rest.payments;
