package be.groupage.service.application.port.invoicing;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.reception.Reception;
import be.groupage.core.settlement.SettlementMember;
import be.groupage.service.application.document.Party;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What issuing a cycle's invoices reads, as stored: the cycle (its state, without orders), the prices of
 * its catalogue version, the reception as recorded (every member line with what it was delivered, from
 * which lot, weighed or not), the shared costs and subsidies, and per member what the settlement and the
 * printed invoice need.
 *
 * @param deliveryDate the day the goods were received (the planned delivery date if never recorded)
 * @param members      by member code: every member with a line in the reception
 */
public record CycleToInvoice(Cycle cycle, String title, CatalogueVersion prices, Reception reception, List<SharedCost> costs,
                             List<Subsidy> subsidies, LocalDate deliveryDate, Optional<LotReference> lot,
                             Map<String, InvoicedMember> members) {

    /** A member as settled (delivery point, purchase-order number) and as printed (its party). */
    public record InvoicedMember(SettlementMember settlement, Party party) {
    }
}
