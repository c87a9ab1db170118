package be.groupage.service.application;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.payment.Bic;
import be.groupage.core.payment.Iban;
import be.groupage.service.infrastructure.persistence.Address;
import be.groupage.service.infrastructure.persistence.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** The cooperatives: registering them, and their catalogue versions (upload and list). */
@ApplicationScoped
@Transactional
public class SupplierService {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    CatalogueImportService imports;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public SupplierEntity register(Registrations.NewSupplier input) {
        caller.requireRole(Role.COORDINATOR);
        if (input == null) {
            throw InvalidInputException.of("body", "A supplier is required.");
        }
        InputChecks checks = InputChecks.start();
        checks.code("code", input.code());
        checks.required("name", input.name());
        checks.maxLength("name", input.name(), 200);
        Registrations.checkInvoicingIdentity(checks, input.kbo(), input.vatNumber(), input.iban(), input.bic(), input.address(), input.email());
        checks.notNegative("minimumOrderValue", input.minimumOrderValue());
        checks.atMostDecimals("minimumOrderValue", input.minimumOrderValue(), 2);
        checks.throwIfAny();
        if (find(input.code()) != null) {
            throw new ConflictException("A supplier with code " + input.code() + " already exists.");
        }
        Registrations.AddressInput a = input.address();
        SupplierEntity supplier = new SupplierEntity(input.code(), input.name().trim(), KboNumber.of(input.kbo()).digits(),
                InputChecks.normalizeVat(input.vatNumber()), Iban.parse(input.iban()).electronic(),
                input.bic() == null || input.bic().isBlank() ? null : Bic.parse(input.bic()).code(),
                new Address(a.street().trim(), a.postalCode().trim(), a.city().trim(), a.country()),
                input.email() == null || input.email().isBlank() ? null : input.email().trim(),
                input.minimumOrderValue() == null ? BigDecimal.ZERO : input.minimumOrderValue());
        em.persist(supplier);
        audit.record("SUPPLIER_REGISTERED", "supplier", supplier.code(), supplier.name());
        return supplier;
    }

    public List<SupplierEntity> list() {
        Account account = caller.require();
        if (account.is(Role.SUPPLIER)) {
            return account.supplierCode().map(code -> List.of(get(code))).orElse(List.of());
        }
        caller.requireRole(Role.COORDINATOR);
        return em.createNamedQuery("Supplier.all", SupplierEntity.class).getResultList();
    }

    /** A supplier: the coordinator reads any, a supplier account its own (others are not found). */
    public SupplierEntity get(String code) {
        requireActsFor(code);
        SupplierEntity supplier = find(code);
        if (supplier == null) {
            throw new NotFoundException("No supplier " + code + ".");
        }
        return supplier;
    }

    /** Imports a catalogue CSV for the supplier as its next version; any error imports nothing. */
    public CatalogueImportService.ImportedCatalogue uploadCatalogue(String supplierCode, InputStream csv) {
        SupplierEntity supplier = get(supplierCode);
        CatalogueImportService.ImportedCatalogue imported = imports.importCsv(supplier, csv, caller.require().login(), clock.instant());
        audit.record("CATALOGUE_IMPORTED", "catalogue", Long.toString(imported.id()),
                supplierCode + " version " + imported.version() + ", " + imported.productCount() + " products");
        return imported;
    }

    public List<CatalogueEntity> catalogues(String supplierCode) {
        get(supplierCode);
        return em.createNamedQuery("Catalogue.bySupplier", CatalogueEntity.class).setParameter("supplier", supplierCode).getResultList();
    }

    private SupplierEntity find(String code) {
        return em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    private void requireActsFor(String code) {
        Account account = caller.require();
        if (!account.actsForSupplier(code)) {
            if (account.is(Role.SUPPLIER)) {
                throw new NotFoundException("No supplier " + code + ".");
            }
            throw new ForbiddenException("Only the coordinator and the supplier itself may do this.");
        }
    }

}
