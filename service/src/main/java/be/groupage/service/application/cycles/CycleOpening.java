package be.groupage.service.application.cycles;

import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.OpeningSchedule;
import be.groupage.service.application.port.access.AuditLog;
import be.groupage.service.application.port.cycles.CycleBook;
import be.groupage.service.application.port.cycles.CycleDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Opens a DRAFT cycle by itself at its opening time, as {@code core}'s {@link OpeningSchedule} decides (only a
 * cycle whose opening time lay ahead when it was created, and never once its closing time passed). Used by the
 * opening timer of every instance.
 *
 * <p>Exactly once, even with several instances: the transaction first takes the write lock on the cycle's row
 * ({@link CycleBook#restoreLocked}), then decides on the state it finds; a concurrent one (another instance, or the
 * coordinator's open) waits for the lock, then finds the cycle OPEN and does nothing (or answers 409).
 */
@ApplicationScoped
public class CycleOpening {

    /** The audit action of an opening at the opening time; the coordinator's open is {@code CYCLE_OPENED}. */
    public static final String OPENED_AT_OPENING_TIME = "CYCLE_OPENED_AT_OPENING_TIME";

    @Inject
    CycleBook cycles;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The DRAFT cycles whose opening time has come, earliest first. */
    @Transactional
    public List<Long> due() {
        return cycles.dueToOpenAt(clock.instant());
    }

    /**
     * Opens the cycle if its schedule says it is due now.
     *
     * @return whether this call opened it; false when it was not due (any more), e.g. opened meanwhile
     */
    @Transactional
    public boolean openIfDue(long cycleId, String actor) {
        Optional<Cycle> locked = cycles.restoreLocked(cycleId);
        if (locked.isEmpty()) {
            return false;
        }
        Cycle cycle = locked.get();
        CycleDetails details = cycles.find(cycleId).orElseThrow();
        Instant createdAt = details.transitions().get(CycleStatus.DRAFT);
        OpeningSchedule schedule = OpeningSchedule.of(details.opensAt(), details.closesAt(), createdAt);
        if (schedule.at(cycle.status(), clock.instant()) != OpeningSchedule.Opening.DUE) {
            return false;
        }
        cycle.openOnSchedule(schedule, clock);
        cycles.save(cycle, actor);
        // The actor is the timer's, not a request's: the line is written as the deadline close writes its own.
        audit.append(clock.instant(), actor, OPENED_AT_OPENING_TIME, "cycle", String.valueOf(cycleId), "DRAFT -> OPEN at its opening time " + schedule.opensAt());
        return true;
    }
}
