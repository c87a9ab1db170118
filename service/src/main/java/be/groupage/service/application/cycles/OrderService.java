package be.groupage.service.application.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.core.cycle.FrameworkAgreementRepository;
import be.groupage.core.cycle.InvalidOrderException;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.cycle.OrderOutcome;
import be.groupage.core.cycle.OrderRequestLine;
import be.groupage.core.money.Money;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.cycles.OrderBook;
import be.groupage.service.application.port.cycles.OrderBook.Allocation;
import be.groupage.service.application.port.cycles.OrderBook.OrderSlot;
import be.groupage.service.application.port.cycles.OrderBook.Outcomes;
import be.groupage.service.application.port.cycles.OrderBook.StoredOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A member's order in a cycle: replacing it as a whole (while the cycle is open, under the lot's ceiling)
 * and reading it, with what it was allocated and delivered once known. Only the member's buyers and the
 * coordinator reach it; for anyone else it does not exist (404).
 *
 * <p>Concurrency ({@link OrderBook}): the cycle row is read with a shared lock (closing waits for the order
 * and vice versa); a cycle under a framework-agreement lot also locks the lot row, so two orders cannot
 * both take the last euros under the ceiling; the order is stored only if it is still at the version read,
 * so of two replaces that started from the same version exactly one succeeds and the other gets 409.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    @Inject
    CurrentAccount caller;

    @Inject
    OrderBook book;

    @Inject
    FrameworkAgreementRepository agreements;

    @Inject
    Clock clock;

    public record NewOrder(String purchaseOrderRef, List<NewLine> lines, Long version) {
    }

    public record NewLine(String product, BigDecimal quantity, BigDecimal max) {
    }

    /** One line as the member sees it; allocated and delivered once known, with why they differ. */
    public record LineDetails(Product product, BigDecimal quantity, BigDecimal max, Money net, BigDecimal allocated, String allocationReason,
                              String explanation, BigDecimal delivered, String deliveryNote) {
    }

    public record OrderDetails(long cycleId, String cycleStatus, String member, long version, String purchaseOrderRef, List<LineDetails> lines,
                               Estimate estimatedTotal, List<String> warnings, Instant updatedAt, String updatedBy) {
    }

    public OrderDetails replace(long cycleId, String memberCode, NewOrder request) {
        Account account = caller.require();
        requireActsFor(account, memberCode);
        // Locks first (the cycle shared, its lot exclusive), so what is read next is what was committed before.
        OrderSlot slot = visible(account, cycleId, book.lockForOrder(cycleId, memberCode));
        Member member = slot.member().orElseThrow(() -> new NotFoundException("No member " + memberCode + "."));
        long currentVersion = slot.stored().map(StoredOrder::version).orElse(0L);
        if (request.version() != null && request.version() != currentVersion) {
            throw new ConflictException("The order of " + memberCode + " in cycle " + cycleId + " is at version " + currentVersion
                    + ", not " + request.version() + ": someone changed it meanwhile; reload it and apply your change again.");
        }

        InputChecks errors = InputChecks.start();
        errors.optionalText("purchaseOrderRef", request.purchaseOrderRef(), 60);
        if (request.lines() == null) {
            errors.error("lines", "is required (an empty list empties the order)");
        }
        List<NewLine> lines = request.lines() == null ? List.of() : request.lines();
        CatalogueVersion catalogue = slot.catalogue();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NewLine line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                errors.error(at, "is empty");
                continue;
            }
            if (line.product() == null || line.product().isBlank()) {
                errors.error(at + ".product", "is required");
            } else if (!seen.add(line.product())) {
                errors.error(at + ".product", "appears twice: " + line.product());
            } else if (!catalogue.contains(line.product())) {
                errors.error(at + ".product", "is not in catalogue version " + catalogue.number() + " of " + catalogue.supplier().code()
                        + ": " + line.product());
            }
            if (line.quantity() == null) {
                errors.error(at + ".quantity", "is required");
            }
        }
        errors.throwIfAny();

        Cycle cycle = slot.cycle();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored
        // Refuses (409) when the cycle is not open or past its closing time, whatever the lines; judges the whole
        // order (every line, then under a framework agreement its total change against the lot's ceiling).
        String purchaseOrderRef = request.purchaseOrderRef() == null ? "" : request.purchaseOrderRef().strip();
        List<OrderRequestLine> requested = lines.stream().map(l -> new OrderRequestLine(l.product(), l.quantity(), l.max())).toList();
        Optional<LotReference> lot = cycle.lot();
        Optional<FrameworkAgreement> agreement = lot.map(l -> agreements.findByNumber(l.agreementNumber())
                .orElseThrow(() -> new IllegalStateException("No framework agreement " + l.agreementNumber())));
        OrderOutcome outcome;
        try {
            outcome = agreement.isPresent()
                    ? cycle.replaceOrder(member, purchaseOrderRef, requested, agreement.get(), clock)
                    : cycle.replaceOrder(member, purchaseOrderRef, requested, clock);
        } catch (InvalidOrderException e) {
            e.refusedLines().forEach((i, message) -> errors.error("lines[" + i + "]", message));
            errors.throwIfAny();
            throw e;
        }
        List<String> warnings = outcome.warnings();

        MemberOrder placed = outcome.order();
        Money committedValue = cycle.committedValue();
        String ref = placed.purchaseOrderNumber().isEmpty() ? null : placed.purchaseOrderNumber();
        long newVersion = currentVersion + 1;
        String detail = "version " + newVersion + ", " + placed.lines().size() + " line(s): " + placed.lines().stream()
                .map(l -> l.productCode() + " " + l.quantity() + l.maximum().map(m -> " (max " + m + ")").orElse("")).toList()
                + (ref == null ? "" : ", PO " + ref) + (agreement.isPresent() ? ", committed " + committedValue.rounded() : "");
        OptionalLong saved = book.saveOrderIfVersion(slot, placed, committedValue, now, account.login(),
                slot.stored().isEmpty() ? "ORDER_PLACED" : "ORDER_REPLACED", detail);
        if (saved.isEmpty()) {
            throw new ConflictException("The order of " + memberCode + " in cycle " + cycleId + (slot.stored().isEmpty()
                    ? " was created at the same time by someone else" : " was changed at the same time by someone else")
                    + "; reload it and apply your change again.");
        }

        List<LineDetails> details = new ArrayList<>();
        Map<String, BigDecimal> quantities = new TreeMap<>();
        for (OrderLine line : placed.lines()) {
            Product p = catalogue.product(line.productCode()).orElseThrow();
            quantities.put(p.code(), line.quantity().amount());
            details.add(new LineDetails(p, line.quantity().amount(), line.maximum().map(q -> q.amount()).orElse(null),
                    p.netPriceOf(line.quantity().amount()), null, null, null, null, null));
        }
        return new OrderDetails(cycleId, slot.status(), memberCode, saved.getAsLong(), ref, details,
                Estimate.of(catalogue, quantities, "ORDERED"), warnings, now, account.login());
    }

    public OrderDetails get(long cycleId, String memberCode) {
        Account account = caller.require();
        requireActsFor(account, memberCode);
        OrderSlot slot = visible(account, cycleId, book.find(cycleId, memberCode));
        slot.member().orElseThrow(() -> new NotFoundException("No member " + memberCode + "."));
        CatalogueVersion catalogue = slot.catalogue();
        Optional<StoredOrder> stored = slot.stored();
        Outcomes outcomes = stored.isEmpty() || Estimate.ordering(slot.status()) ? Outcomes.NONE : book.outcomes(cycleId, memberCode);
        boolean received = "RECEIVED".equals(slot.status()) || "INVOICED".equals(slot.status());
        List<LineDetails> details = new ArrayList<>();
        for (OrderLine l : stored.map(o -> o.order().lines()).orElse(List.of())) {
            Product p = catalogue.product(l.productCode()).orElseThrow();
            BigDecimal quantity = l.quantity().amount();
            Allocation a = outcomes.allocations().get(l.productCode());
            BigDecimal got = received ? outcomes.delivered().getOrDefault(l.productCode(), BigDecimal.ZERO) : null;
            String note = null;
            if (got != null && a != null && got.compareTo(a.allocated()) != 0) {
                note = "Allocated " + a.allocated().stripTrailingZeros().toPlainString() + ", delivered " + got.stripTrailingZeros().toPlainString()
                        + (p.variableWeight() ? " (weighed at reception)" : " (the supplier delivered " + (got.compareTo(a.allocated()) < 0 ? "less" : "more") + ")");
            }
            details.add(new LineDetails(p, quantity, l.maximum().map(q -> q.amount()).orElse(null), p.netPriceOf(quantity),
                    a == null ? null : a.allocated(), a == null ? null : a.reason(), a == null ? null : a.explanation(), got, note));
        }
        Estimate estimate = stored.map(o -> Estimate.atStage(slot.status(), catalogue, o.order(), outcomes))
                .orElseGet(() -> Estimate.of(catalogue, Map.of(), "ORDERED"));
        return new OrderDetails(cycleId, slot.status(), memberCode, stored.map(StoredOrder::version).orElse(0L),
                stored.map(o -> o.order().purchaseOrderNumber()).filter(r -> !r.isEmpty()).orElse(null), details, estimate, List.of(),
                stored.map(StoredOrder::updatedAt).orElse(null), stored.map(StoredOrder::updatedBy).orElse(null));
    }

    /** The slot of a cycle this account may see; 404 (as for a cycle that does not exist) otherwise. */
    private static OrderSlot visible(Account account, long cycleId, Optional<OrderSlot> slot) {
        return slot.filter(s -> CycleService.visible(account, s.status(), s.supplierCode()))
                .orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
    }

    private static void requireActsFor(Account account, String memberCode) {
        if (!account.actsForMember(memberCode)) {
            if (account.is(Role.BUYER)) {
                throw new NotFoundException("No order of member " + memberCode + ".");
            }
            throw new ForbiddenException("Only the member's buyers and the coordinator reach a member's order.");
        }
    }
}
