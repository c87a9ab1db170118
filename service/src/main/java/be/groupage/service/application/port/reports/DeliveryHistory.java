package be.groupage.service.application.port.reports;

import java.time.LocalDate;
import java.util.List;

/** What was delivered to the members, for reports, inside the caller's transaction. */
public interface DeliveryHistory {

    /**
     * The deliveries of every cycle received (or invoiced since) whose delivery date is between the two
     * dates, both included.
     */
    List<DeliveredQuantity> ofReceivedCycles(LocalDate from, LocalDate to);
}
