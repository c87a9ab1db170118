package be.groupage.it;

import be.groupage.core.catalogue.Catalogue;
import be.groupage.core.catalogue.CatalogueRepository;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleRepository;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.DeliveryPoint;
import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.core.cycle.FrameworkAgreementRepository;
import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.Lot;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.MemberRepository;
import be.groupage.core.cycle.MemberType;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.money.Money;
import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import be.groupage.service.infrastructure.persistence.schema.FrameworkAgreementEntity;
import be.groupage.service.infrastructure.persistence.schema.FrameworkLotEntity;
import be.groupage.service.infrastructure.persistence.schema.SupplierEntity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara Micro, against MariaDB: the {@code core} repository ports, as the service implements them
 * with JPA, store what they are given and give back the same domain objects. Each step runs in its own
 * transaction, so what a find returns was read from the database. The test writes only rows of its own
 * (supplier {@code IT-REPO-S}, member {@code IT-REPO-M}, agreement {@code IT-REPO-AC}) so that the other
 * integration tests, which share the database, see the demo data as seeded.
 * (JUnit's own assertions: the test runs inside the server, where AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
class RepositoriesInContainerIT {

    private static final String SUPPLIER = "IT-REPO-S";
    private static final String MEMBER = "IT-REPO-M";
    private static final String AGREEMENT = "IT-REPO-AC";

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWar().addClasses(RepositoriesInContainerIT.class, Tx.class);
    }

    /** A test-only bean: runs work in one transaction (and, on demand, a concurrent change in another). */
    @Stateless
    public static class Tx {
        @PersistenceContext(unitName = "groupage")
        EntityManager em;

        public <T> T call(Function<EntityManager, T> work) {
            return work.apply(em);
        }

        /** Someone else changes the cycle row meanwhile, and commits. */
        @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
        public int touchCycle(long id) {
            return em.createNativeQuery("UPDATE cycle SET version = version + 1 WHERE id = ?").setParameter(1, id).executeUpdate();
        }
    }

    @Inject
    Tx tx;

    @Inject
    MemberRepository members;

    @Inject
    CatalogueRepository catalogues;

    @Inject
    FrameworkAgreementRepository agreements;

    @Inject
    CycleRepository cycles;

    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);

    @Test
    void repositoriesRoundTripThroughMariaDb() {
        Member member = membersAreInsertedUpdatedAndFound();
        CatalogueVersion own = cataloguesAreFoundAndNewVersionsStored();
        cyclesAreSavedAndFoundWithTheirOrdersAndTheLotConsumption(member, own);
    }

    private Member membersAreInsertedUpdatedAndFound() {
        KboNumber kbo = KboNumber.of(String.format("%08d%02d", 9_876_543L, KboNumber.checkDigits(9_876_543L)));
        Member member = Member.of(MEMBER, "ASBL Dépôt d'essai", MemberType.ASSOCIATION, kbo, DeliveryPoint.of("Dépôt d'essai", "Dépôt d'essai"));
        assertEquals(Optional.empty(), tx.call(em -> members.findByCode(MEMBER)));

        tx.call(em -> {
            members.save(member);
            return null;
        });

        assertEquals(Optional.of(member), tx.call(em -> members.findByCode(MEMBER)));
        assertEquals(Optional.of(member), tx.call(em -> members.findByKbo(kbo)));
        Member seeded = tx.call(em -> members.findByCode("CPAS-NAMUR")).orElseThrow();
        assertEquals(MemberType.CPAS, seeded.type());
        assertEquals(Optional.of(seeded), tx.call(em -> members.findByKbo(seeded.kbo())));

        Member renamed = Member.of(MEMBER, "ASBL Dépôt d'essai (renommée)", MemberType.ASSOCIATION, kbo,
                DeliveryPoint.of("Nouveau dépôt", "Nouveau dépôt"));
        tx.call(em -> {
            members.save(renamed);
            return null;
        });
        assertEquals(Optional.of(renamed), tx.call(em -> members.findByCode(MEMBER)));
        Number rows = tx.call(em -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM member WHERE code = ?")
                .setParameter(1, MEMBER).getSingleResult());
        assertEquals(1, rows.intValue(), "an update, not a second row");
        return renamed;
    }

    private CatalogueVersion cataloguesAreFoundAndNewVersionsStored() {
        CatalogueVersion seeded = tx.call(em -> catalogues.findVersion("COOP-NAMUR", 1)).orElseThrow();
        assertEquals(64, seeded.size());
        assertEquals("COOP-NAMUR", seeded.supplier().code());
        Catalogue coop = tx.call(em -> catalogues.findBySupplier("COOP-NAMUR")).orElseThrow();
        assertEquals(seeded, coop.version(1).orElseThrow());
        assertEquals(Optional.empty(), tx.call(em -> catalogues.findVersion("COOP-NAMUR", 99)));
        assertEquals(Optional.empty(), tx.call(em -> catalogues.findBySupplier("NO-SUCH-SUPPLIER")));

        // A supplier of this test's own, so the demo supplier's catalogue stays as the other tests expect it.
        tx.call(em -> {
            em.persist(new SupplierEntity(SUPPLIER, "Fournisseur d'essai", "0" + "123456749", null, null, null,
                    new Address("Rue du Test 2", "5000", "Namur", "BE"), null, new BigDecimal("50.00")));
            return null;
        });
        assertEquals(Optional.empty(), tx.call(em -> catalogues.findBySupplier(SUPPLIER)));
        List<Product> products = List.copyOf(seeded.products());
        Catalogue catalogue = Catalogue.of(Supplier.of(SUPPLIER, "Fournisseur d'essai", Money.euros("50.00")));
        CatalogueVersion first = catalogue.publish(products.subList(0, 5), clock);
        tx.call(em -> {
            catalogues.save(catalogue);
            return null;
        });
        CatalogueVersion stored = tx.call(em -> catalogues.findVersion(SUPPLIER, 1)).orElseThrow();
        assertEquals(5, stored.size());
        assertEquals(first.publishedAt(), stored.publishedAt());
        for (Product p : first.products()) {
            Product back = stored.product(p.code()).orElseThrow();
            assertEquals(p.name(), back.name());
            assertEquals(p.unit(), back.unit());
            assertEquals(0, p.price().amount().compareTo(back.price().amount()), p.code() + " price");
            assertEquals(0, p.caseSize().amount().compareTo(back.caseSize().amount()), p.code() + " case size");
            assertEquals(p.vatRate(), back.vatRate());
            assertEquals(p.label(), back.label());
            assertEquals(p.gtin(), back.gtin());
            assertEquals(p.minimumCases(), back.minimumCases());
            assertEquals(p.distanceKm(), back.distanceKm());
            assertEquals(p.producer(), back.producer());
            assertEquals(p.origin(), back.origin());
            assertEquals(p.category(), back.category());
        }

        // Saving the loaded catalogue with one more version stores only that version.
        Catalogue loaded = tx.call(em -> catalogues.findBySupplier(SUPPLIER)).orElseThrow();
        loaded.publish(products.subList(5, 8), clock);
        tx.call(em -> {
            catalogues.save(loaded);
            return null;
        });
        Catalogue twice = tx.call(em -> catalogues.findBySupplier(SUPPLIER)).orElseThrow();
        assertEquals(2, twice.versions().size());
        assertEquals(5, twice.version(1).orElseThrow().size());
        assertEquals(3, twice.current().orElseThrow().size());
        assertEquals(3, tx.call(em -> catalogues.findVersion(SUPPLIER, 2)).orElseThrow().size());
        Number productRows = tx.call(em -> (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM product p JOIN catalogue c ON c.id = p.catalogue_id JOIN supplier s ON s.id = c.supplier_id WHERE s.code = ?")
                .setParameter(1, SUPPLIER).getSingleResult());
        assertEquals(8, productRows.intValue(), "version 1 was not stored again");
        return stored;
    }

    private void cyclesAreSavedAndFoundWithTheirOrdersAndTheLotConsumption(Member member, CatalogueVersion catalogue) {
        LocalDate today = LocalDate.now(clock);
        long id = tx.call(em -> {
            SupplierEntity supplier = em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", SUPPLIER).getSingleResult();
            CatalogueEntity version = em.createQuery("SELECT c FROM CatalogueEntity c WHERE c.supplier = :s AND c.version = 1", CatalogueEntity.class)
                    .setParameter("s", supplier).getSingleResult();
            FrameworkAgreementEntity agreement = new FrameworkAgreementEntity(AGREEMENT, supplier, today.minusYears(1), today.plusYears(1),
                    clock.instant());
            FrameworkLotEntity lot = agreement.addLot("L1", new BigDecimal("100000.00"));
            em.persist(agreement);
            CycleEntity cycle = new CycleEntity("Cycle d'essai des dépôts", supplier, version, clock.instant(),
                    clock.instant().plus(7, ChronoUnit.DAYS), today.plusDays(10), "ROUND_UP", "PROPORTIONAL", lot, clock.instant(), "it");
            em.persist(cycle);
            em.flush();
            return cycle.id();
        });
        assertEquals(Optional.empty(), tx.call(em -> cycles.findById(id + 1000)));
        FrameworkAgreement fresh = tx.call(em -> agreements.findByNumber(AGREEMENT)).orElseThrow();
        assertEquals(SUPPLIER, fresh.supplierCode());
        assertEquals(Money.zero(), fresh.lot("L1").orElseThrow().consumed());
        assertEquals(Optional.empty(), tx.call(em -> agreements.findByNumber("NO-SUCH-AGREEMENT")));

        Cycle draft = tx.call(em -> cycles.findById(id)).orElseThrow();
        assertEquals(CycleStatus.DRAFT, draft.status());
        assertEquals(catalogue, draft.catalogue());
        assertEquals(AGREEMENT, draft.lot().orElseThrow().agreementNumber());
        assertTrue(draft.orders().isEmpty());

        // Someone else changes the cycle between this transaction's read and its save: the save fails.
        Exception conflict = assertThrows(Exception.class, () -> tx.call(em -> {
            Cycle read = cycles.findById(id).orElseThrow();
            assertEquals(1, tx.touchCycle(id));
            read.open(clock);
            cycles.save(read);
            return null;
        }));
        assertTrue(causedBy(conflict, OptimisticLockException.class), "an optimistic-lock failure, not " + conflict);
        assertEquals(CycleStatus.DRAFT, tx.call(em -> cycles.findById(id)).orElseThrow().status());

        long versionBefore = cycleVersion(id);
        tx.call(em -> {
            Cycle c = cycles.findById(id).orElseThrow();
            c.open(clock);
            cycles.save(c);
            return null;
        });
        Cycle open = tx.call(em -> cycles.findById(id)).orElseThrow();
        assertEquals(CycleStatus.OPEN, open.status());
        assertEquals(Optional.of(clock.instant()), open.openedAt());
        assertTrue(cycleVersion(id) > versionBefore, "the cycle row's version was raised");

        List<Product> products = List.copyOf(catalogue.products());
        String first = products.get(0).code();
        String second = products.get(1).code();
        tx.call(em -> {
            Cycle c = cycles.findById(id).orElseThrow();
            FrameworkAgreement agreement = agreements.findByNumber(AGREEMENT).orElseThrow();
            c.place(member, first, BigDecimal.ONE, new BigDecimal("2"), agreement, clock);
            c.purchaseOrderNumber(member, "BC-2026-042", clock);
            cycles.save(c);
            return null;
        });
        Cycle ordered = tx.call(em -> cycles.findById(id)).orElseThrow();
        MemberOrder order = ordered.order(MEMBER).orElseThrow();
        assertEquals("BC-2026-042", order.purchaseOrderNumber());
        assertEquals(1, order.lines().size());
        OrderLine line = order.line(first).orElseThrow();
        assertEquals(0, BigDecimal.ONE.compareTo(line.quantity().amount()));
        assertEquals(0, new BigDecimal("2").compareTo(line.maximum().orElseThrow().amount()));
        assertEquals(clock.instant(), line.orderedAt());
        Money committed = ordered.committedValue();
        assertTrue(committed.amount().signum() > 0, "the order commits value on the lot");
        Lot lot = tx.call(em -> agreements.findByNumber(AGREEMENT)).orElseThrow().lot("L1").orElseThrow();
        assertEquals(committed.rounded(), lot.consumed(), "the lot carries the stored order's committed value");

        // Replacing the lines: one removed, another added.
        tx.call(em -> {
            Cycle c = cycles.findById(id).orElseThrow();
            c.remove(MEMBER, first, clock);
            c.place(member, second, new BigDecimal("3"), null, agreements.findByNumber(AGREEMENT).orElseThrow(), clock);
            cycles.save(c);
            return null;
        });
        MemberOrder replaced = tx.call(em -> cycles.findById(id)).orElseThrow().order(MEMBER).orElseThrow();
        assertEquals(1, replaced.lines().size());
        assertFalse(replaced.line(first).isPresent());
        assertEquals(0, new BigDecimal("3").compareTo(replaced.line(second).orElseThrow().quantity().amount()));
        assertEquals("BC-2026-042", replaced.purchaseOrderNumber());

        tx.call(em -> {
            Cycle c = cycles.findById(id).orElseThrow();
            c.cancel(clock);
            cycles.save(c);
            return null;
        });
        Cycle cancelled = tx.call(em -> cycles.findById(id)).orElseThrow();
        assertEquals(CycleStatus.CANCELLED, cancelled.status());
        assertEquals(Optional.of(clock.instant()), cancelled.openedAt(), "the earlier transition kept its time");
        assertEquals(Optional.of(clock.instant()), cancelled.enteredAt(CycleStatus.CANCELLED));
        assertEquals(1, cancelled.orders().size());
        assertEquals(Money.zero(), tx.call(em -> agreements.findByNumber(AGREEMENT)).orElseThrow().lot("L1").orElseThrow().consumed(),
                "a cancelled cycle consumes nothing");
        assertNotNull(cancelled.toString());
    }

    private long cycleVersion(long id) {
        return tx.call(em -> ((Number) em.createNativeQuery("SELECT version FROM cycle WHERE id = ?").setParameter(1, id).getSingleResult()))
                .longValue();
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
