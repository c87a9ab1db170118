package be.groupage.service.application.port.document;

import be.groupage.service.application.document.ReminderDocument;

/** Turns a payment reminder into its PDF, in French, with the EPC QR code of the amount open; thread-safe, deterministic. */
public interface ReminderRenderer {

    byte[] reminderPdf(ReminderDocument reminder);
}
