package be.groupage.service.application.reception;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.money.Quantity;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.reception.DateKind;
import be.groupage.core.reception.ExpiryDate;
import be.groupage.core.reception.LotPortion;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import be.groupage.core.reception.ReceptionNotice;
import be.groupage.core.reception.Weighing;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.application.port.cycles.PoolingBook;
import be.groupage.service.application.port.reception.ReceptionBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Reception of a cycle's goods and traceability (Reg. 178/2002 art. 18, one step up, one step down):
 * the service turns the request into {@code core.reception} receipts, lets {@link Reception} apply the
 * rules (use-by lots withheld, best-before notices, a short delivery shared with the pool's own
 * strategy, lots served earliest date first, weighed goods per member) and stores what came in
 * ({@code reception_line}) and what each member got from which lot ({@code delivery}). A recall reads
 * the latter by lot.
 *
 * <p>A product is received either as a whole (its lots) or, for variable-weight goods, per member
 * (each member's weighing, from a lot); every line names its lot.
 */
@ApplicationScoped
@Transactional
public class ReceptionService {

    private static final Logger LOG = Logger.getLogger(ReceptionService.class.getName());

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    @Inject
    PoolingBook poolingBook;

    @Inject
    ReceptionBook receptionBook;

    @Inject
    Clock clock;

    public record ReceivedLine(String product, String member, BigDecimal quantity, String lot, String useBy, String bestBefore) {
    }

    private record Checked(int index, Product product, String member, BigDecimal quantity, String lot, Optional<ExpiryDate> expiry) {
    }

    /** What a reception recorded, and what the coordinator should know (withheld lots, short deliveries…). */
    public record Received(long cycleId, String status, int lineCount, int deliveryCount, List<ReceptionNotice> notices) {
    }

    public Received receive(long cycleId, List<ReceivedLine> lines) {
        Account account = caller.require();
        if (!account.is(Role.COORDINATOR) && !account.is(Role.SUPPLIER)) {
            throw new ForbiddenException("Only the coordinator and the cycle's supplier record a reception.");
        }
        ReceptionBook.CycleToReceive c = receptionBook.cycle(cycleId)
                .filter(found -> CycleService.visible(account, found.status(), found.supplierCode()))
                .orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
        CatalogueVersion catalogue = c.catalogue();
        Instant now = clock.instant();
        Map<String, Long> pools = receptionBook.casesByProduct(cycleId);
        // Who has a line is read only for the products given per member (a cycle has a row per member line).
        Set<String> givenPerMember = new TreeSet<>();
        if (lines != null) {
            lines.stream().filter(l -> l != null && l.member() != null && !l.member().isBlank() && l.product() != null)
                    .forEach(l -> givenPerMember.add(l.product()));
        }
        Map<String, Set<String>> withLines = receptionBook.membersWithLines(cycleId, givenPerMember);

        InputChecks errors = InputChecks.start();
        List<Checked> checked = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            errors.error("lines", "needs at least one line");
        }
        Map<String, Boolean> perMember = new HashMap<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            ReceivedLine l = lines.get(i);
            String at = "lines[" + i + "]";
            if (l == null) {
                errors.error(at, "is empty");
                continue;
            }
            Optional<Product> product = Optional.empty();
            if (l.product() == null || l.product().isBlank()) {
                errors.error(at + ".product", "is required");
            } else if (pools.getOrDefault(l.product(), 0L) == 0) {
                errors.error(at + ".product", "was not ordered from the supplier in cycle " + cycleId + ": " + l.product());
            } else {
                product = catalogue.product(l.product());
            }
            boolean forMember = l.member() != null && !l.member().isBlank();
            String member = null;
            if (forMember && product.isPresent()) {
                if (!withLines.getOrDefault(product.get().code(), Set.of()).contains(l.member())) {
                    errors.error(at + ".member", "has no line for " + l.product() + " in cycle " + cycleId + ": " + l.member());
                } else if (!product.get().variableWeight()) {
                    errors.error(at + ".member", "is given per member only for variable-weight goods; " + l.product() + " is received as a whole");
                } else {
                    member = l.member();
                }
            }
            if (product.isPresent()) {
                Boolean earlier = perMember.putIfAbsent(product.get().code(), forMember);
                if (earlier != null && earlier != forMember) {
                    errors.error(at + ".member", "give " + l.product() + " either per member or as a whole, not both");
                }
            }
            if (l.quantity() == null) {
                errors.error(at + ".quantity", "is required");
            } else if (l.quantity().signum() < 0) {
                errors.error(at + ".quantity", "must not be negative");
            } else if (product.isPresent()) {
                try {
                    Quantity.of(l.quantity(), product.get().unit());
                } catch (IllegalArgumentException e) {
                    errors.error(at + ".quantity", e.getMessage());
                }
            }
            Optional<String> lot = errors.text(at + ".lot", l.lot(), 60);
            Optional<LocalDate> useBy = errors.date(at + ".useBy", l.useBy(), false);
            Optional<LocalDate> bestBefore = errors.date(at + ".bestBefore", l.bestBefore(), false);
            if (useBy.isPresent() && bestBefore.isPresent()) {
                errors.error(at + ".bestBefore", "a lot has a use-by date or a best-before date, not both");
            }
            if (errors.isEmpty() && product.isPresent() && lot.isPresent()) {
                Optional<ExpiryDate> expiry = useBy.map(ExpiryDate::useBy).or(() -> bestBefore.map(ExpiryDate::bestBefore));
                checked.add(new Checked(i, product.get(), member, l.quantity(), lot.get(), expiry));
            }
        }
        errors.throwIfAny();

        Map<String, List<Checked>> byProduct = new LinkedHashMap<>();
        checked.forEach(l -> byProduct.computeIfAbsent(l.product().code(), k -> new ArrayList<>()).add(l));
        List<ProductReceipt> receipts = new ArrayList<>();
        Map<String, Optional<ExpiryDate>> expiryOf = new HashMap<>();
        for (Map.Entry<String, List<Checked>> e : byProduct.entrySet()) {
            Map<String, Quantity> lotQuantities = new LinkedHashMap<>();
            List<Weighing> weighings = new ArrayList<>();
            for (Checked l : e.getValue()) {
                Quantity q = Quantity.of(l.quantity(), l.product().unit());
                lotQuantities.merge(l.lot(), q, Quantity::plus);
                Optional<ExpiryDate> before = expiryOf.putIfAbsent(e.getKey() + "|" + l.lot(), l.expiry());
                if (before != null && !before.equals(l.expiry())) {
                    errors.error("lines[" + l.index() + "]", "lot " + l.lot() + " of " + e.getKey() + " is given with two different dates");
                }
                if (l.member() != null) {
                    weighings.add(Weighing.of(l.member(), l.lot(), l.quantity()));
                }
            }
            List<ReceivedLot> lots = new ArrayList<>();
            lotQuantities.forEach((lot, q) -> lots.add(new ReceivedLot(lot, q, expiryOf.get(e.getKey() + "|" + lot))));
            receipts.add(weighings.isEmpty() ? ProductReceipt.byQuantity(e.getKey(), lots) : ProductReceipt.byWeighing(e.getKey(), lots, weighings));
        }
        errors.throwIfAny();

        long start = System.nanoTime();
        PoolingBook.CycleToPool toPool = poolingBook.forPooling(cycleId);
        long readAt = System.nanoTime();
        Cycle cycle = toPool.cycle();
        cycle.receive(clock); // 409 unless ORDERED
        // Pooling is deterministic: pooling the frozen orders again gives what closing stored.
        PoolingResult pooling = toPool.pooling().pool(toPool.lines());
        Reception reception;
        try {
            reception = Reception.record(cycleId, LocalDate.ofInstant(now, CycleService.BRUSSELS), pooling, receipts);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("lines", e.getMessage());
        }
        List<ReceptionBook.ReceivedRow> receivedRows = new ArrayList<>(checked.size());
        for (Checked l : checked) {
            Optional<ExpiryDate> expiry = l.expiry();
            receivedRows.add(new ReceptionBook.ReceivedRow(l.product().code(), l.member(), l.quantity(),
                    l.lot(), useBy(expiry), bestBefore(expiry)));
        }
        List<ReceptionBook.DeliveredRow> deliveredRows = new ArrayList<>();
        for (int i = 0; i < reception.lines().size(); i++) {
            be.groupage.core.reception.ReceivedLine line = reception.lines().get(i);
            for (LotPortion portion : line.lots()) {
                if (portion.quantity().isZero()) {
                    continue;
                }
                Optional<ExpiryDate> expiry = expiryOf.getOrDefault(line.productCode() + "|" + portion.lotNumber(), Optional.empty());
                deliveredRows.add(new ReceptionBook.DeliveredRow(line.memberCode(), line.productCode(), portion.quantity().amount(),
                        portion.lotNumber(), useBy(expiry), bestBefore(expiry)));
            }
        }
        Instant receivedAt = cycle.enteredAt(CycleStatus.RECEIVED).orElseThrow();
        long recordedAt = System.nanoTime();
        if (!receptionBook.save(cycleId, receivedRows, deliveredRows, receivedAt, account.login())) {
            throw new ConflictException("Cycle " + cycleId + " changed at the same time; reload it and try again.");
        }
        long savedAt = System.nanoTime();
        LOG.info(() -> "Cycle " + cycleId + " received: orders read in " + (readAt - start) / 1_000_000 + " ms, pooled and received in "
                + (recordedAt - readAt) / 1_000_000 + " ms, " + receivedRows.size() + " reception and " + deliveredRows.size()
                + " delivery line(s) stored in " + (savedAt - recordedAt) / 1_000_000 + " ms");
        int deliveries = deliveredRows.size();
        audit.record("CYCLE_RECEIVED", "cycle", String.valueOf(cycleId), "ORDERED -> RECEIVED; " + checked.size() + " reception line(s), "
                + deliveries + " delivery line(s); lots " + checked.stream().map(Checked::lot).distinct().toList()
                + (reception.notices().isEmpty() ? "" : "; notices: " + reception.notices().stream().map(n -> n.kind() + " " + n.productCode()
                + (n.lotNumber().isEmpty() ? "" : " " + n.lotNumber())).toList()));
        return new Received(cycleId, cycle.status().name(), checked.size(), deliveries, reception.notices());
    }

    private static LocalDate useBy(Optional<ExpiryDate> expiry) {
        return expiry.filter(e -> e.kind() == DateKind.USE_BY).map(ExpiryDate::date).orElse(null);
    }

    private static LocalDate bestBefore(Optional<ExpiryDate> expiry) {
        return expiry.filter(e -> e.kind() == DateKind.BEST_BEFORE).map(ExpiryDate::date).orElse(null);
    }

    // ---- recall ----

    /** A member who received goods of the lot, through which cycle, how much and with which date. */
    public record Recipient(String memberCode, String memberName, String deliveryPoint, String email, long cycleId, String cycleTitle,
                            LocalDate deliveryDate, Product product, BigDecimal quantity, LocalDate useBy, LocalDate bestBefore) {
    }

    public record Recall(String lot, List<Recipient> recipients) {
    }

    /** The members who received a lot; {@code product} narrows it when two producers use the same lot number. */
    public Recall recipients(String lot, Optional<String> product) {
        if (!caller.require().is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only the coordinator runs a recall.");
        }
        List<ReceptionBook.LotDelivery> deliveries = receptionBook.deliveriesOfLot(lot).stream()
                .filter(d -> product.isEmpty() || product.get().equals(d.productCode())).toList();
        if (deliveries.isEmpty()) {
            throw new NotFoundException("No goods of lot " + lot + product.map(p -> " of " + p).orElse("") + " were delivered to any member.");
        }
        List<Recipient> recipients = new ArrayList<>();
        for (ReceptionBook.LotDelivery d : deliveries) {
            recipients.add(new Recipient(d.memberCode(), d.memberName(), d.deliveryPoint(), d.email(), d.cycleId(), d.cycleTitle(),
                    d.deliveryDate(), d.catalogue().product(d.productCode()).orElseThrow(), d.quantity(), d.useBy(), d.bestBefore()));
        }
        return new Recall(lot, recipients);
    }
}
