package be.groupage.service.application.port.cycles;

import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.Pooling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A cycle as stored: its settings (supplier, the catalogue version it orders on, dates, pooling rule,
 * framework-agreement lot, shared costs and subsidies), its state, when it entered each state it went
 * through (in life order), and its version (raised by every change of the row).
 */
public record CycleDetails(long id, String title, CycleStatus status, long version, String supplierCode, long catalogueId,
                           int catalogueVersion, Instant opensAt, Instant closesAt, LocalDate deliveryDate, CaseRounding caseRounding,
                           AllocationStrategy allocation, Optional<LotReference> lot, List<SharedCost> sharedCosts,
                           List<Subsidy> subsidies, Map<CycleStatus, Instant> transitions) {

    public CycleDetails {
        requireNonNull(title, "title");
        requireNonNull(status, "status");
        requireNonNull(supplierCode, "supplierCode");
        requireNonNull(opensAt, "opensAt");
        requireNonNull(closesAt, "closesAt");
        requireNonNull(deliveryDate, "deliveryDate");
        requireNonNull(caseRounding, "caseRounding");
        requireNonNull(allocation, "allocation");
        requireNonNull(lot, "lot");
        sharedCosts = List.copyOf(sharedCosts);
        subsidies = List.copyOf(subsidies);
        transitions = requireNonNull(transitions, "transitions");
    }

    /** The pooling rule the cycle was created with. */
    public Pooling pooling() {
        return Pooling.of(caseRounding, allocation);
    }
}
