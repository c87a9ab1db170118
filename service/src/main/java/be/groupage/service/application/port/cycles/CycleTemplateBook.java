package be.groupage.service.application.port.cycles;

import be.groupage.core.cycle.Cadence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where recurring cycles (templates) are stored, with the occurrences already created from each, inside the caller's
 * transaction. An occurrence is claimed by its number before its cycle is created, so each is created once.
 */
public interface CycleTemplateBook {

    /** A stored template: the cycle it repeats, how often, who made it, whether it was stopped, the cycles made from it. */
    record TemplateDetails(long id, long sourceCycleId, String title, Cadence cadence, Instant createdAt, String createdBy,
                           Optional<Instant> stoppedAt, Optional<String> stoppedBy, List<CreatedOccurrence> occurrences) {

        public TemplateDetails {
            occurrences = List.copyOf(occurrences);
        }

        public boolean active() {
            return stoppedAt.isEmpty();
        }
    }

    /** An occurrence created from a template, and its cycle. */
    record CreatedOccurrence(int number, long cycleId) {
    }

    /** Stores a new template repeating the cycle; answers its id. */
    long create(long sourceCycleId, Cadence cadence, Instant at, String by);

    /** The template; empty when there is none. */
    Optional<TemplateDetails> find(long id);

    /** Every template, the newest first. */
    List<TemplateDetails> list();

    /** The template still running that repeats this cycle, if any. */
    Optional<TemplateDetails> activeFor(long sourceCycleId);

    /** The ids of the templates still running. */
    List<Long> active();

    /**
     * Stops the template if it is still running, locking its row (a creation of the next cycles in progress finishes
     * first; one that comes after finds it stopped).
     *
     * @return whether this call stopped it
     */
    boolean stop(long id, Instant at, String by);

    /**
     * Locks the row of a template still running (so a stop waits for the cycles being created): empty when it is
     * stopped or unknown.
     */
    Optional<TemplateDetails> lockActive(long id);

    /**
     * Claims the occurrence for this transaction: inserts its row unless another transaction did (which this waits for).
     *
     * @return whether this call claimed it, so creates its cycle
     */
    boolean claim(long templateId, int occurrence, Instant at);

    /** Records the cycle created for a claimed occurrence. */
    void attach(long templateId, int occurrence, long cycleId);
}
