package be.groupage.core.cycle;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A group order: the platform's members order on one supplier's catalogue version, which the cycle
 * keeps from its creation on (a later price change makes a new version, not a change here).
 *
 * <p>States and guards: DRAFT → OPEN ({@link #open}, before the closing time) → CLOSED ({@link #close})
 * → ORDERED ({@link #send}, only when the order value reaches the supplier's minimum) → RECEIVED
 * ({@link #receive}) → INVOICED ({@link #invoice}); CANCELLED ({@link #cancel}) from DRAFT, OPEN, CLOSED
 * or ORDERED. A refused transition throws {@link IllegalCycleTransitionException}. Orders are placed and
 * edited only while OPEN and before {@link #closesAt()} ({@link OrderingClosedException}). The time of
 * every transition and order comes from the {@link Clock} passed in.
 *
 * <p>Not thread-safe: the service loads, changes and saves one cycle per transaction.
 */
public final class Cycle {

    private final long id;
    private final String name;
    private CatalogueVersion catalogue;
    private CycleStatus status;
    private final Instant closesAt;
    private final LotReference lot;
    private final Map<CycleStatus, Instant> enteredAt;
    private final Map<String, MemberOrder> orders;

    private Cycle(long id, String name, CatalogueVersion catalogue, CycleStatus status, Instant closesAt,
                  Optional<LotReference> lot, Map<CycleStatus, Instant> enteredAt, Collection<MemberOrder> orders) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.status = Objects.requireNonNull(status, "status");
        this.closesAt = Objects.requireNonNull(closesAt, "closesAt");
        this.lot = Objects.requireNonNull(lot, "lot").orElse(null);
        this.enteredAt = new EnumMap<>(CycleStatus.class);
        this.enteredAt.putAll(Objects.requireNonNull(enteredAt, "enteredAt"));
        this.orders = new TreeMap<>();
        for (MemberOrder order : Objects.requireNonNull(orders, "orders")) {
            if (this.orders.put(order.memberCode(), order) != null) {
                throw new IllegalArgumentException("Cycle " + id + " has two orders of member " + order.memberCode());
            }
        }
    }

    /** A new cycle in DRAFT on a catalogue version, to close for orders at {@code closesAt}. */
    public static Cycle draft(long id, String name, CatalogueVersion catalogue, Instant closesAt, Optional<LotReference> lot) {
        return new Cycle(id, name, catalogue, CycleStatus.DRAFT, closesAt, lot, Map.of(), List.of());
    }

    /** A new cycle in DRAFT, outside any framework agreement. */
    public static Cycle draft(long id, String name, CatalogueVersion catalogue, Instant closesAt) {
        return draft(id, name, catalogue, closesAt, Optional.empty());
    }

    /**
     * A cycle with all its state, as loaded from storage.
     *
     * @param enteredAt when the cycle entered each state it went through (DRAFT may be absent)
     */
    public static Cycle restore(long id, String name, CatalogueVersion catalogue, CycleStatus status, Instant closesAt,
                                Optional<LotReference> lot, Map<CycleStatus, Instant> enteredAt, Collection<MemberOrder> orders) {
        return new Cycle(id, name, catalogue, status, closesAt, lot, enteredAt, orders);
    }

    // ---- transitions ----

    /** Replaces the catalogue version (e.g. a newer one of the same supplier) while the cycle is a DRAFT. */
    public void useCatalogue(CatalogueVersion version) {
        Objects.requireNonNull(version, "version");
        if (status != CycleStatus.DRAFT) {
            throw new IllegalCycleTransitionException(id, status, status,
                    "Cycle " + id + " is " + status + "; its catalogue version can change only while DRAFT");
        }
        if (!version.supplier().code().equals(catalogue.supplier().code())) {
            throw new IllegalArgumentException("Cycle " + id + " orders from " + catalogue.supplier().code() + ", not " + version.supplier().code());
        }
        this.catalogue = version;
    }

    /** Opens the cycle for orders; refused after its closing time. */
    public void open(Clock clock) {
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        guard(CycleStatus.OPEN, "opened only when DRAFT");
        if (!now.isBefore(closesAt)) {
            throw new IllegalCycleTransitionException(id, status, CycleStatus.OPEN,
                    "Cycle " + id + " cannot open: its closing time " + closesAt + " has passed");
        }
        enter(CycleStatus.OPEN, now);
    }

    /**
     * Opens the cycle by itself, as its schedule says ({@link OpeningSchedule}): only when it is
     * {@link OpeningSchedule.Opening#DUE DUE} at the clock's time, else refused with the reason.
     */
    public void openOnSchedule(OpeningSchedule schedule, Clock clock) {
        Objects.requireNonNull(schedule, "schedule");
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        if (!schedule.closesAt().equals(closesAt)) {
            throw new IllegalArgumentException("Cycle " + id + " closes at " + closesAt + ", not " + schedule.closesAt());
        }
        OpeningSchedule.Opening opening = schedule.at(status, now);
        if (opening != OpeningSchedule.Opening.DUE) {
            throw new IllegalCycleTransitionException(id, status, CycleStatus.OPEN,
                    "Cycle " + id + " does not open by itself at " + now + ": " + opening);
        }
        open(clock);
    }

    /** Closes the cycle for orders (before or after its closing time). */
    public void close(Clock clock) {
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        guard(CycleStatus.CLOSED, "closed only when OPEN");
        enter(CycleStatus.CLOSED, now);
    }

    /**
     * Sends the order to the supplier, its value being the members' ordered quantities at catalogue
     * prices ({@link #orderValue()}).
     *
     * @throws BelowSupplierMinimumException when that value is under the supplier's minimum
     */
    public void send(Clock clock) {
        send(orderValue(), clock);
    }

    /**
     * Sends the order to the supplier, its value being {@code orderValue} (e.g. the whole cases that
     * pooling decided, at catalogue prices).
     *
     * @throws BelowSupplierMinimumException when that value is under the supplier's minimum
     */
    public void send(Money orderValue, Clock clock) {
        Objects.requireNonNull(orderValue, "orderValue");
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        guard(CycleStatus.ORDERED, "sent only when CLOSED");
        Money minimum = catalogue.supplier().minimumOrderValue();
        Optional<String> blocker = sendBlocker(orderValue);
        if (blocker.isPresent()) {
            throw new BelowSupplierMinimumException(blocker.get(), orderValue, minimum);
        }
        enter(CycleStatus.ORDERED, now);
    }

    /** Why an order of this value could not be sent to the supplier, if it could not. */
    public Optional<String> sendBlocker(Money orderValue) {
        Money minimum = catalogue.supplier().minimumOrderValue();
        if (orderValue.isLessThan(minimum)) {
            return Optional.of("Cycle " + id + " cannot be sent: its order value " + orderValue.rounded() + " is under the minimum order of "
                    + minimum.rounded() + " of supplier " + catalogue.supplier().name() + " (" + minimum.minus(orderValue).rounded() + " missing)");
        }
        return Optional.empty();
    }

    public void receive(Clock clock) {
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        guard(CycleStatus.RECEIVED, "received only when ORDERED");
        enter(CycleStatus.RECEIVED, now);
    }

    public void invoice(Clock clock) {
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        guard(CycleStatus.INVOICED, "invoiced only when RECEIVED");
        enter(CycleStatus.INVOICED, now);
    }

    public void cancel(Clock clock) {
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        guard(CycleStatus.CANCELLED, "cancelled only before it is RECEIVED");
        enter(CycleStatus.CANCELLED, now);
    }

    private void guard(CycleStatus next, String rule) {
        if (!status.canGoTo(next)) {
            throw new IllegalCycleTransitionException(id, status, next, "Cycle " + id + " is " + status + "; it can be " + rule);
        }
    }

    private void enter(CycleStatus next, Instant now) {
        status = next;
        enteredAt.put(next, now);
    }

    // ---- orders ----

    /**
     * Places or changes a member's line for a product, in a cycle outside any framework agreement.
     *
     * @param quantity in the product's selling unit: positive, whole for counted units, at most three decimals
     * @param maximum  the most the member accepts when cases are filled, or {@code null} for none
     */
    public OrderOutcome place(Member member, String productCode, BigDecimal quantity, BigDecimal maximum, Clock clock) {
        if (lot != null) {
            throw new IllegalArgumentException("Cycle " + id + " orders under framework agreement " + lot.agreementNumber()
                    + " lot " + lot.lotNumber() + ": pass the agreement");
        }
        return placeChecked(member, productCode, quantity, maximum, null, clock);
    }

    /**
     * Places or changes a member's line under the cycle's framework-agreement lot. The lot's
     * {@code consumed} must include this cycle's orders as stored; the line's change in committed value
     * (maximum, or quantity, times price) is checked against the ceiling.
     *
     * @throws CeilingExceededException when the change would pass the lot's ceiling
     */
    public OrderOutcome place(Member member, String productCode, BigDecimal quantity, BigDecimal maximum,
                              FrameworkAgreement agreement, Clock clock) {
        Objects.requireNonNull(agreement, "agreement");
        return placeChecked(member, productCode, quantity, maximum, agreement, clock);
    }

    private OrderOutcome placeChecked(Member member, String productCode, BigDecimal quantity, BigDecimal maximum,
                                      FrameworkAgreement agreement, Clock clock) {
        Objects.requireNonNull(member, "member");
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        requireOrderingOpen(now);
        MemberOrder current = orders.getOrDefault(member.code(), MemberOrder.empty(member.code()));
        Optional<OrderLine> previous = current.line(Objects.requireNonNull(productCode, "productCode"));
        OrderLine line = lineOf(new OrderRequestLine(productCode, quantity, maximum), previous, now);
        Optional<LotUsage> usage = Optional.empty();
        if (lot != null) {
            Product product = catalogue.product(productCode).orElseThrow();
            Money delta = committedValue(product, line).minus(previous.map(p -> committedValue(product, p)).orElse(Money.zero()));
            usage = Optional.of(lotOf(agreement, now).check(lot.agreementNumber(), delta));
        }
        MemberOrder updated = current.withLine(line);
        orders.put(member.code(), updated);
        return new OrderOutcome(updated, usage);
    }

    /**
     * Replaces a member's whole order, in a cycle outside any framework agreement: the lines given are
     * the order (an empty list empties it), with the member's purchase-order number. Every line is
     * judged before anything changes; a line kept or cut keeps its place in the queue, a raised or new
     * one joins it now.
     *
     * @throws InvalidOrderException naming every refused line by its position; the order is unchanged
     */
    public OrderOutcome replaceOrder(Member member, String purchaseOrderNumber, List<OrderRequestLine> lines, Clock clock) {
        if (lot != null) {
            throw new IllegalArgumentException("Cycle " + id + " orders under framework agreement " + lot.agreementNumber()
                    + " lot " + lot.lotNumber() + ": pass the agreement");
        }
        return replaceChecked(member, purchaseOrderNumber, lines, null, clock);
    }

    /**
     * Replaces a member's whole order under the cycle's framework-agreement lot. The lot's
     * {@code consumed} must include this cycle's orders as stored; the order's change in committed value
     * as a whole (so value moved from one product to another is judged on its total) is checked against
     * the ceiling.
     *
     * @throws InvalidOrderException     naming every refused line by its position; the order is unchanged
     * @throws CeilingExceededException when the change would pass the lot's ceiling; the order is unchanged
     */
    public OrderOutcome replaceOrder(Member member, String purchaseOrderNumber, List<OrderRequestLine> lines,
                                     FrameworkAgreement agreement, Clock clock) {
        Objects.requireNonNull(agreement, "agreement");
        return replaceChecked(member, purchaseOrderNumber, lines, agreement, clock);
    }

    private OrderOutcome replaceChecked(Member member, String purchaseOrderNumber, List<OrderRequestLine> lines,
                                        FrameworkAgreement agreement, Clock clock) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(purchaseOrderNumber, "purchaseOrderNumber");
        Objects.requireNonNull(lines, "lines");
        Instant now = Objects.requireNonNull(clock, "clock").instant();
        requireOrderingOpen(now);
        MemberOrder current = orders.getOrDefault(member.code(), MemberOrder.empty(member.code()));
        SortedMap<Integer, String> refused = new TreeMap<>();
        Map<String, OrderLine> placed = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderRequestLine request = Objects.requireNonNull(lines.get(i), "line");
            try {
                if (placed.containsKey(request.productCode())) {
                    throw new InvalidOrderLineException("Product " + request.productCode() + " appears twice in the order");
                }
                placed.put(request.productCode(), lineOf(request, current.line(request.productCode()), now));
            } catch (InvalidOrderLineException e) {
                refused.put(i, e.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidOrderException(member.code(), refused);
        }
        MemberOrder updated = MemberOrder.of(member.code(), purchaseOrderNumber, placed.values());
        Optional<LotUsage> usage = Optional.empty();
        if (lot != null) {
            Money delta = committedValue(updated).minus(committedValue(current));
            usage = Optional.of(lotOf(agreement, now).check(lot.agreementNumber(), delta));
        }
        if (updated.isEmpty() && updated.purchaseOrderNumber().isEmpty()) {
            orders.remove(member.code());
        } else {
            orders.put(member.code(), updated);
        }
        return new OrderOutcome(updated, usage);
    }

    /** The line a request makes, judged against the catalogue; it keeps the previous line's place unless raised. */
    private OrderLine lineOf(OrderRequestLine request, Optional<OrderLine> previous, Instant now) {
        String productCode = request.productCode();
        Product product = catalogue.product(productCode).orElseThrow(() -> new InvalidOrderLineException(
                "Product " + productCode + " is not in catalogue version " + catalogue.number() + " of " + catalogue.supplier().code()));
        Quantity q = quantityOf(product, request.quantity(), "quantity");
        if (q.amount().signum() <= 0) {
            throw new InvalidOrderLineException("Product " + productCode + ": the quantity must be positive, not " + q);
        }
        Optional<Quantity> max = Optional.ofNullable(request.maximum()).map(m -> quantityOf(product, m, "maximum"));
        if (max.isPresent() && max.get().compareTo(q) < 0) {
            throw new InvalidOrderLineException("Product " + productCode + ": the maximum " + max.get() + " is under the quantity " + q);
        }
        // A raise joins the queue again; a cut or a change of maximum keeps the line's place.
        Instant orderedAt = previous.filter(p -> q.compareTo(p.quantity()) <= 0).map(OrderLine::orderedAt).orElse(now);
        return OrderLine.of(productCode, q, max, orderedAt);
    }

    /** Removes a member's line for a product (nothing happens when there is none). */
    public void remove(String memberCode, String productCode, Clock clock) {
        requireOrderingOpen(Objects.requireNonNull(clock, "clock").instant());
        MemberOrder current = orders.get(memberCode);
        if (current != null) {
            MemberOrder updated = current.withoutLine(productCode);
            if (updated.isEmpty() && updated.purchaseOrderNumber().isEmpty()) {
                orders.remove(memberCode);
            } else {
                orders.put(memberCode, updated);
            }
        }
    }

    /** Records the member's own purchase-order (commitment) number for its order in this cycle. */
    public void purchaseOrderNumber(Member member, String number, Clock clock) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(number, "number");
        requireOrderingOpen(Objects.requireNonNull(clock, "clock").instant());
        orders.put(member.code(), orders.getOrDefault(member.code(), MemberOrder.empty(member.code())).withPurchaseOrderNumber(number));
    }

    private void requireOrderingOpen(Instant now) {
        if (status != CycleStatus.OPEN) {
            throw new OrderingClosedException("Cycle " + id + " is " + status + "; orders can be placed or changed only while it is OPEN");
        }
        if (!now.isBefore(closesAt)) {
            throw new OrderingClosedException("Cycle " + id + " closed for orders at " + closesAt);
        }
    }

    private Quantity quantityOf(Product product, BigDecimal amount, String what) {
        try {
            return Quantity.of(amount, product.unit());
        } catch (IllegalArgumentException e) {
            throw new InvalidOrderLineException("Product " + product.code() + ": the " + what + " " + amount.toPlainString() + " is not valid in "
                    + product.unit().code() + (product.unit().fractional() ? " (at most 3 decimals)" : " (whole units only)"));
        }
    }

    private Lot lotOf(FrameworkAgreement agreement, Instant now) {
        if (agreement == null || !agreement.number().equals(lot.agreementNumber())) {
            throw new IllegalArgumentException("Cycle " + id + " orders under framework agreement " + lot.agreementNumber()
                    + ", not " + (agreement == null ? "none" : agreement.number()));
        }
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Brussels"));
        if (!agreement.isValidOn(today)) {
            throw new OrderingClosedException("Framework agreement " + agreement.number() + " is valid from " + agreement.validFrom()
                    + " to " + agreement.validTo() + ", not on " + today);
        }
        return agreement.lot(lot.lotNumber()).orElseThrow(() -> new IllegalArgumentException(
                "Framework agreement " + agreement.number() + " has no lot " + lot.lotNumber()));
    }

    /** An order's value against a ceiling: the sum of its lines' committed values. */
    private Money committedValue(MemberOrder order) {
        Money total = Money.zero();
        for (OrderLine line : order.lines()) {
            total = total.plus(committedValue(catalogue.product(line.productCode()).orElseThrow(), line));
        }
        return total;
    }

    /** A line's value against a ceiling: its maximum (or quantity) times the price, rounded to the cent. */
    private static Money committedValue(Product product, OrderLine line) {
        return product.netPriceOf(line.ceiling().amount());
    }

    // ---- values ----

    /** The members' ordered quantities at catalogue prices, excl. VAT (each line rounded to the cent). */
    public Money orderValue() {
        Money total = Money.zero();
        for (MemberOrder order : orders.values()) {
            for (OrderLine line : order.lines()) {
                total = total.plus(catalogue.product(line.productCode()).orElseThrow().netPriceOf(line.quantity().amount()));
            }
        }
        return total;
    }

    /**
     * The value this cycle commits on its framework-agreement lot, excl. VAT: each line's maximum (or
     * quantity when none) at catalogue price, rounded to the cent, because a TOLERANCE pooling may
     * allocate up to the maximum. The service stores it to compute a lot's consumption.
     */
    public Money committedValue() {
        Money total = Money.zero();
        for (MemberOrder order : orders.values()) {
            for (OrderLine line : order.lines()) {
                total = total.plus(committedValue(catalogue.product(line.productCode()).orElseThrow(), line));
            }
        }
        return total;
    }

    // ---- state ----

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CatalogueVersion catalogue() {
        return catalogue;
    }

    public CycleStatus status() {
        return status;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Optional<LotReference> lot() {
        return Optional.ofNullable(lot);
    }

    /** When the cycle entered a state, if it did. */
    public Optional<Instant> enteredAt(CycleStatus state) {
        return Optional.ofNullable(enteredAt.get(state));
    }

    /** When the cycle entered each state it went through. */
    public Map<CycleStatus, Instant> transitions() {
        return Collections.unmodifiableMap(new EnumMap<>(enteredAt));
    }

    public Optional<Instant> openedAt() {
        return enteredAt(CycleStatus.OPEN);
    }

    public Optional<Instant> closedAt() {
        return enteredAt(CycleStatus.CLOSED);
    }

    /** The members' orders, by member code. */
    public Collection<MemberOrder> orders() {
        return Collections.unmodifiableCollection(orders.values());
    }

    public Optional<MemberOrder> order(String memberCode) {
        return Optional.ofNullable(orders.get(memberCode));
    }

    @Override
    public String toString() {
        return "Cycle " + id + " " + name + " (" + status + ", " + catalogue + ", " + orders.size() + " orders)";
    }
}
