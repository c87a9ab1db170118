package be.groupage.core.cycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The member's order after an accepted edit, and where its framework-agreement lot stands (if any). */
public record OrderOutcome(MemberOrder order, Optional<LotUsage> lotUsage) {

    public OrderOutcome {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(lotUsage, "lotUsage");
    }

    /** Warnings to show the member, e.g. a lot 90% used; empty when all is well. */
    public List<String> warnings() {
        return lotUsage.filter(LotUsage::nearCeiling).map(u -> List.of(u.warning())).orElse(List.of());
    }
}
