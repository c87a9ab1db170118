package be.groupage.service.application.purchaseorders;

import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.document.PurchaseOrderDocument;
import be.groupage.service.application.port.document.DocumentRenderer;
import be.groupage.service.application.port.purchaseorders.PurchaseOrderBook;
import be.groupage.service.application.port.purchaseorders.PurchaseOrderBook.CycleToOrder;
import be.groupage.service.application.port.purchaseorders.PurchaseOrderBook.Parcel;
import be.groupage.service.application.port.purchaseorders.PurchaseOrderBook.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The consolidated purchase order of a cycle, once it was sent to the cooperative: the whole cases
 * pooling decided, at the cycle's catalogue prices, and per delivery point what each member gets.
 * Read by the coordinator and by the cycle's own supplier.
 */
@ApplicationScoped
@Transactional
public class PurchaseOrderService {

    private static final Set<String> SENT = Set.of(CycleStatus.ORDERED.name(), CycleStatus.RECEIVED.name(), CycleStatus.INVOICED.name());

    @Inject
    CurrentAccount caller;

    @Inject
    PurchaseOrderBook book;

    @Inject
    DocumentRenderer renderer;

    public PurchaseOrderDocument purchaseOrder(long cycleId) {
        Account account = caller.require();
        if (!account.is(Role.COORDINATOR) && !account.is(Role.SUPPLIER)) {
            throw new ForbiddenException("The purchase order is read by the coordinator and the cycle's supplier.");
        }
        CycleToOrder c = book.cycle(cycleId).filter(found -> CycleService.visible(account, found.status(), found.supplierCode()))
                .orElseThrow(() -> new NotFoundException("No cycle " + cycleId + "."));
        if (!SENT.contains(c.status())) {
            throw new ConflictException("Cycle " + cycleId + " is " + c.status() + "; its purchase order exists once it is sent (ORDERED).");
        }
        Party platform = c.platform().orElseThrow(() -> new ConflictException("The platform (issuer) is not set up yet."));
        List<PurchaseOrderDocument.Line> lines = new ArrayList<>();
        for (Pool p : c.pools()) {
            if (p.cases() == 0) {
                continue;
            }
            Product product = c.catalogue().product(p.productCode()).orElseThrow();
            lines.add(new PurchaseOrderDocument.Line(product.code(), product.name(), product.unit(), p.caseSize(), p.cases(),
                    p.caseSize().multiply(BigDecimal.valueOf(p.cases())), product.price(), product.vatRate(), product.chilled(),
                    product.variableWeight()));
        }
        if (lines.isEmpty()) {
            throw new ConflictException("Cycle " + cycleId + " ordered no whole case.");
        }
        Map<String, List<PurchaseOrderDocument.Parcel>> byPoint = new TreeMap<>();
        for (Parcel a : book.parcels(cycleId)) {
            Product product = c.catalogue().product(a.productCode()).orElseThrow();
            byPoint.computeIfAbsent(a.deliveryPoint(), k -> new ArrayList<>()).add(new PurchaseOrderDocument.Parcel(a.memberCode(),
                    a.memberName(), product.code(), product.name(), a.allocated(), product.unit(), product.chilled()));
        }
        List<PurchaseOrderDocument.PackingList> packing = new ArrayList<>();
        byPoint.forEach((point, parcels) -> packing.add(new PurchaseOrderDocument.PackingList(point, "", parcels)));
        LocalDate ordered = c.orderedAt().map(at -> LocalDate.ofInstant(at, CycleService.BRUSSELS)).orElse(c.deliveryDate());
        return new PurchaseOrderDocument(platform, c.supplier(), "CYCLE-" + c.cycleId(), c.title(), ordered, c.deliveryDate(), c.lot(),
                lines, packing);
    }

    public byte[] pdf(long cycleId) {
        return renderer.purchaseOrderPdf(purchaseOrder(cycleId));
    }

    public byte[] csv(long cycleId) {
        return renderer.purchaseOrderCsv(purchaseOrder(cycleId));
    }
}
