package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.service.application.document.PurchaseOrderDocument;
import be.groupage.service.application.port.DocumentRenderer;
import be.groupage.service.infrastructure.persistence.CycleAllocationEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.DocumentParties;
import be.groupage.service.infrastructure.persistence.CyclePoolEntity;
import be.groupage.service.infrastructure.persistence.IssuerEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    CycleStore store;

    @Inject
    CycleService cycles;

    @Inject
    DocumentRenderer renderer;

    public PurchaseOrderDocument purchaseOrder(long cycleId) {
        Account account = caller.require();
        if (!account.is(Role.COORDINATOR) && !account.is(Role.SUPPLIER)) {
            throw new ForbiddenException("The purchase order is read by the coordinator and the cycle's supplier.");
        }
        CycleEntity c = cycles.visibleCycle(account, cycleId);
        if (!SENT.contains(c.status())) {
            throw new ConflictException("Cycle " + cycleId + " is " + c.status() + "; its purchase order exists once it is sent (ORDERED).");
        }
        IssuerEntity issuer = em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID);
        if (issuer == null) {
            throw new ConflictException("The platform (issuer) is not set up yet.");
        }
        CatalogueVersion catalogue = store.catalogueVersion(c.catalogue());
        List<PurchaseOrderDocument.Line> lines = new ArrayList<>();
        for (CyclePoolEntity p : cycles.pools(c)) {
            if (p.cases() == 0) {
                continue;
            }
            Product product = catalogue.product(p.productCode()).orElseThrow();
            lines.add(new PurchaseOrderDocument.Line(product.code(), product.name(), product.unit(), p.caseSize(), p.cases(),
                    p.caseSize().multiply(BigDecimal.valueOf(p.cases())), product.price(), product.vatRate(), product.chilled(),
                    product.variableWeight()));
        }
        if (lines.isEmpty()) {
            throw new ConflictException("Cycle " + cycleId + " ordered no whole case.");
        }
        Map<String, List<PurchaseOrderDocument.Parcel>> byPoint = new TreeMap<>();
        List<CycleAllocationEntity> allocations = em.createNamedQuery("CycleAllocation.ofCycle", CycleAllocationEntity.class)
                .setParameter("cycle", c).getResultList();
        allocations.sort((a, b) -> {
            int byMember = a.member().code().compareTo(b.member().code());
            return byMember != 0 ? byMember : a.productCode().compareTo(b.productCode());
        });
        for (CycleAllocationEntity a : allocations) {
            if (a.allocated().signum() == 0) {
                continue;
            }
            MemberEntity m = a.member();
            Product product = catalogue.product(a.productCode()).orElseThrow();
            byPoint.computeIfAbsent(m.deliveryPoint(), k -> new ArrayList<>()).add(new PurchaseOrderDocument.Parcel(m.code(), m.name(),
                    product.code(), product.name(), a.allocated(), product.unit(), product.chilled()));
        }
        List<PurchaseOrderDocument.PackingList> packing = new ArrayList<>();
        byPoint.forEach((point, parcels) -> packing.add(new PurchaseOrderDocument.PackingList(point, "", parcels)));
        LocalDate ordered = c.transitions().containsKey(CycleStatus.ORDERED.name())
                ? LocalDate.ofInstant(c.transitions().get(CycleStatus.ORDERED.name()), CycleService.BRUSSELS) : c.deliveryDate();
        return new PurchaseOrderDocument(DocumentParties.issuer(issuer), DocumentParties.supplier(c.supplier()), "CYCLE-" + c.id(), c.title(),
                ordered, c.deliveryDate(), DocumentParties.lot(c), lines, packing);
    }

    public byte[] pdf(long cycleId) {
        return renderer.purchaseOrderPdf(purchaseOrder(cycleId));
    }

    public byte[] csv(long cycleId) {
        return renderer.purchaseOrderCsv(purchaseOrder(cycleId));
    }
}
