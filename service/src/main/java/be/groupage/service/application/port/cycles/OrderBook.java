package be.groupage.service.application.port.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a member's order in a cycle is read and replaced. Intake is where the volume arrives (every
 * member replaces a whole order, often of a hundred lines, in the last hours before the deadline): a
 * replace is a fixed handful of statements whatever its size, its lines written in one batch.
 */
public interface OrderBook {

    /**
     * An order as stored: its row (an opaque handle for {@link #saveOrderIfVersion}), its version (raised by
     * every replace), the domain order, and who changed it last.
     */
    record StoredOrder(long row, long version, MemberOrder order, Instant updatedAt, String updatedBy) {
    }

    /**
     * A member's place in a cycle: the cycle's state and supplier (for who may see it), the domain cycle
     * restored with only this member's order, the member (with its row, an opaque handle) and the stored
     * order if there is one.
     */
    record OrderSlot(long cycleId, String status, String supplierCode, Cycle cycle, CatalogueVersion catalogue,
                     Optional<Member> member, long memberRow, Optional<StoredOrder> stored) {
    }

    /** What closing allocated to one line of the member, and why. */
    record Allocation(BigDecimal allocated, String reason, String explanation) {
    }

    /** What became of a member's lines: allocations per product once pooled, quantities delivered once received. */
    record Outcomes(boolean pooled, Map<String, Allocation> allocations, Map<String, BigDecimal> delivered) {

        /** Before closing: nothing pooled, allocated or delivered yet. */
        public static final Outcomes NONE = new Outcomes(false, Map.of(), Map.of());
    }

    /**
     * The slot, read after a shared lock on the cycle row (closing waits for the replace and vice versa)
     * and, for a cycle bought under a framework-agreement lot, an exclusive lock on the lot (two orders
     * cannot both take the last euros under its ceiling); empty when there is no such cycle.
     */
    Optional<OrderSlot> lockForOrder(long cycleId, String memberCode);

    /** The slot as committed, without locks; empty when there is no such cycle. */
    Optional<OrderSlot> find(long cycleId, String memberCode);

    /**
     * Stores the order as placed if it still is at the version the slot read (none stored: version 0),
     * with its committed value (what it takes under a lot's ceiling) and the audit line of the change.
     *
     * @return the new version; empty when someone else replaced or created the order meanwhile (nothing written)
     */
    OptionalLong saveOrderIfVersion(OrderSlot slot, MemberOrder placed, Money committedValue, Instant at, String by,
                                    String auditAction, String auditDetail);

    /** Allocations and deliveries of a member in a cycle (empty maps before closing and reception). */
    Outcomes outcomes(long cycleId, String memberCode);
}
