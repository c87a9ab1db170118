package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Gtin;
import be.groupage.core.catalogue.Label;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.DeliveryPoint;
import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.Lot;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.MemberType;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.service.infrastructure.persistence.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.FrameworkAgreementEntity;
import be.groupage.service.infrastructure.persistence.FrameworkLotEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.MemberOrderEntity;
import be.groupage.service.infrastructure.persistence.OrderLineEntity;
import be.groupage.service.infrastructure.persistence.ProductEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Rebuilds {@code core} objects (catalogue version, cycle with its orders, framework agreement with its
 * consumption) from the stored rows, inside the caller's transaction. Holds no rule of its own.
 */
@ApplicationScoped
public class CycleStore {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    /** A cycle that the caller may see; 404 otherwise (checked by the caller). */
    CycleEntity cycle(long id) {
        return Optional.ofNullable(em.find(CycleEntity.class, id)).orElseThrow(() -> new NotFoundException("No cycle " + id + "."));
    }

    MemberEntity member(String code) {
        return em.createNamedQuery("Member.byCode", MemberEntity.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("No member " + code + "."));
    }

    Optional<SupplierEntity> supplier(String code) {
        return em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", code).getResultStream().findFirst();
    }

    List<ProductEntity> productsOf(CatalogueEntity catalogue) {
        return em.createQuery("SELECT p FROM ProductEntity p WHERE p.catalogue = :catalogue ORDER BY p.code", ProductEntity.class)
                .setParameter("catalogue", catalogue).getResultList();
    }

    /** The catalogue version a cycle orders on, with its products at the prices of that version. */
    CatalogueVersion catalogueVersion(CatalogueEntity catalogue) {
        SupplierEntity s = catalogue.supplier();
        Supplier supplier = Supplier.of(s.code(), s.name(), Money.euros(s.minimumOrderValue()));
        List<Product> products = productsOf(catalogue).stream().map(CycleStore::product).toList();
        return CatalogueVersion.of(supplier, catalogue.version(), catalogue.importedAt(), products);
    }

    static Product product(ProductEntity p) {
        return Product.builder(p.code(), p.name(), Unit.valueOf(p.unit()), p.caseSize(), Money.euros(p.price()), VatRate.ofPercent(p.vatRate()))
                .producer(nullToEmpty(p.producer())).origin(nullToEmpty(p.origin()))
                .distanceKm(p.distanceKm() == null ? OptionalInt.empty() : OptionalInt.of(p.distanceKm()))
                .label(Label.valueOf(p.label())).category(nullToEmpty(p.category()))
                .variableWeight(p.variableWeight()).chilled(p.chilled())
                .gtin(Optional.ofNullable(p.gtin()).map(Gtin::of)).minimumCases(p.minCases())
                .build();
    }

    List<MemberOrderEntity> orders(CycleEntity cycle) {
        return em.createNamedQuery("MemberOrder.ofCycle", MemberOrderEntity.class).setParameter("cycle", cycle).getResultList();
    }

    Optional<MemberOrderEntity> order(CycleEntity cycle, MemberEntity member) {
        return em.createNamedQuery("MemberOrder.ofCycleAndMember", MemberOrderEntity.class)
                .setParameter("cycle", cycle).setParameter("member", member).getResultStream().findFirst();
    }

    /** The domain cycle with the given orders (all of them, or only those a use case needs). */
    Cycle restore(CycleEntity c, CatalogueVersion catalogue, Collection<MemberOrderEntity> orders) {
        Map<CycleStatus, Instant> entered = new EnumMap<>(CycleStatus.class);
        c.transitions().forEach((state, at) -> entered.put(CycleStatus.valueOf(state), at));
        List<MemberOrder> domainOrders = new ArrayList<>();
        for (MemberOrderEntity o : orders) {
            domainOrders.add(memberOrder(o, catalogue));
        }
        Optional<LotReference> lot = Optional.ofNullable(c.lot()).map(l -> LotReference.of(l.agreement().number(), l.code()));
        return Cycle.restore(c.id(), c.title(), catalogue, CycleStatus.valueOf(c.status()), c.closesAt(), lot, entered, domainOrders);
    }

    static MemberOrder memberOrder(MemberOrderEntity o, CatalogueVersion catalogue) {
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLineEntity l : o.lines()) {
            Unit unit = catalogue.product(l.productCode()).map(Product::unit)
                    .orElseThrow(() -> new IllegalStateException("Product " + l.productCode() + " is not in " + catalogue));
            lines.add(OrderLine.of(l.productCode(), Quantity.of(l.quantity(), unit),
                    Optional.ofNullable(l.maximum()).map(m -> Quantity.of(m, unit)), l.orderedAt()));
        }
        return MemberOrder.of(o.member().code(), nullToEmpty(o.purchaseOrderRef()), lines);
    }

    static Member member(MemberEntity m) {
        String point = m.deliveryPoint();
        return Member.of(m.code(), m.name(), MemberType.valueOf(m.kind()), KboNumber.of(m.kbo()), DeliveryPoint.of(point, point));
    }

    /** What is committed on a lot: the stored orders of every cycle on it that is not cancelled. */
    Money consumed(FrameworkLotEntity lot) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(o.committed_value), 0) FROM member_order o JOIN cycle c ON c.id = o.cycle_id "
                        + "WHERE c.lot_id = ? AND c.status <> 'CANCELLED'")
                .setParameter(1, lot.id()).getSingleResult();
        return Money.euros(new BigDecimal(sum.toString())).rounded();
    }

    /** The agreement with each lot's current consumption. */
    FrameworkAgreement agreement(FrameworkAgreementEntity a) {
        List<Lot> lots = new ArrayList<>();
        for (FrameworkLotEntity l : a.lots()) {
            lots.add(Lot.of(l.code(), l.code(), Money.euros(l.ceiling()), consumed(l)));
        }
        return FrameworkAgreement.of(a.number(), a.supplier().code(), a.validFrom(), a.validTo(), lots);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
