/**
 * Getting paid by Belgian bank transfer: the structured communication (OGM/VCS) that lets bank
 * statements be matched to invoices, IBAN and BIC validation, ISO 11649 creditor references, and the
 * text payload of the EPC QR code (EPC069-12) that a member's banking app scans.
 *
 * <p>Everything here is a value object that validates itself on creation and fails with an
 * {@link be.groupage.core.payment.InvalidPaymentDataException} naming the field that is wrong.
 *
 * <p>Depends on: {@code be.groupage.core.money} and the JDK only. Drawing the QR image is not done here
 * (the service draws it with ZXing from {@link be.groupage.core.payment.EpcQrPayload#text()}).
 */
package be.groupage.core.payment;
