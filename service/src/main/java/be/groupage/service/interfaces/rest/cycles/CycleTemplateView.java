package be.groupage.service.interfaces.rest.cycles;

import be.groupage.service.application.port.cycles.CycleTemplateBook.TemplateDetails;

import java.time.Instant;
import java.util.List;

/**
 * A recurring cycle: the cycle it repeats ({@code cycle}, whose title it shows), every week or two ({@code cadence}),
 * whether it still runs, and the cycles created from it so far with their occurrence number (the repeated cycle is 0).
 */
public record CycleTemplateView(long id, long cycle, String title, String cadence, boolean active, Instant createdAt, String createdBy,
                                Instant stoppedAt, String stoppedBy, List<CreatedCycleView> cycles) {

    /** A cycle created from the template. */
    public record CreatedCycleView(int occurrence, long cycle) {
    }

    static CycleTemplateView of(TemplateDetails t) {
        return new CycleTemplateView(t.id(), t.sourceCycleId(), t.title(), t.cadence().name(), t.active(), t.createdAt(), t.createdBy(),
                t.stoppedAt().orElse(null), t.stoppedBy().orElse(null),
                t.occurrences().stream().map(o -> new CreatedCycleView(o.number(), o.cycleId())).toList());
    }

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
