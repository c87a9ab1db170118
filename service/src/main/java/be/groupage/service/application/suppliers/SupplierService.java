package be.groupage.service.application.suppliers;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.payment.Bic;
import be.groupage.core.payment.Iban;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.catalogue.CatalogueImportService;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.port.catalogue.CatalogueDetails;
import be.groupage.service.application.port.catalogue.CatalogueStore;
import be.groupage.service.application.port.common.PostalAddress;
import be.groupage.service.application.port.common.TakenKeyException;
import be.groupage.service.application.port.suppliers.SupplierDetails;
import be.groupage.service.application.port.suppliers.SupplierDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The cooperatives: registering them, and their catalogue versions (upload and list). */
@ApplicationScoped
@Transactional
public class SupplierService {

    @Inject
    SupplierDirectory directory;

    @Inject
    CatalogueStore catalogues;

    @Inject
    CurrentAccount caller;

    @Inject
    CatalogueImportService imports;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public SupplierDetails register(Registrations.NewSupplier input) {
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
        String taken = "A supplier with code " + input.code() + " already exists.";
        if (directory.exists(input.code())) {
            throw new ConflictException(taken);
        }
        Registrations.AddressInput a = input.address();
        SupplierDetails supplier = register(new SupplierDetails(input.code(), input.name().trim(),
                KboNumber.of(input.kbo()).digits(), Optional.of(InputChecks.normalizeVat(input.vatNumber())),
                Optional.of(Iban.parse(input.iban()).electronic()),
                input.bic() == null || input.bic().isBlank() ? Optional.empty() : Optional.of(Bic.parse(input.bic()).code()),
                new PostalAddress(a.street().trim(), a.postalCode().trim(), a.city().trim(), a.country()),
                input.email() == null || input.email().isBlank() ? Optional.empty() : Optional.of(input.email().trim()),
                input.minimumOrderValue() == null ? BigDecimal.ZERO : input.minimumOrderValue()), taken);
        audit.record("SUPPLIER_REGISTERED", "supplier", supplier.code(), supplier.name());
        return supplier;
    }

    /** Stores the supplier; a request registering the same code at the same moment may win the race: then it is taken. */
    private SupplierDetails register(SupplierDetails supplier, String taken) {
        try {
            return directory.register(supplier);
        } catch (TakenKeyException e) {
            throw new ConflictException(taken);
        }
    }

    public List<SupplierDetails> list() {
        Account account = caller.require();
        if (account.is(Role.SUPPLIER)) {
            return account.supplierCode().map(code -> List.of(get(code))).orElse(List.of());
        }
        caller.requireRole(Role.COORDINATOR);
        return directory.all();
    }

    /** A supplier: the coordinator reads any, a supplier account its own (others are not found). */
    public SupplierDetails get(String code) {
        requireActsFor(code);
        return directory.byCode(code).orElseThrow(() -> new NotFoundException("No supplier " + code + "."));
    }

    /** Imports a catalogue CSV for the supplier as its next version; any error imports nothing. */
    public CatalogueImportService.ImportedCatalogue uploadCatalogue(String supplierCode, InputStream csv) {
        get(supplierCode);
        CatalogueImportService.ImportedCatalogue imported = imports.importCsv(supplierCode, csv, caller.require().login(), clock.instant());
        audit.record("CATALOGUE_IMPORTED", "catalogue", Long.toString(imported.id()),
                supplierCode + " version " + imported.version() + ", " + imported.productCount() + " products");
        return imported;
    }

    /** The supplier's catalogue versions, newest first. */
    public List<CatalogueDetails> catalogues(String supplierCode) {
        get(supplierCode);
        return catalogues.ofSupplier(supplierCode);
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
