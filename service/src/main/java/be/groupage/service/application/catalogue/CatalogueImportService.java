package be.groupage.service.application.catalogue;

import be.groupage.core.catalogue.CatalogueCsvImporter;
import be.groupage.core.catalogue.CatalogueImport;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.port.catalogue.CatalogueDetails;
import be.groupage.service.application.port.catalogue.CatalogueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * Imports a supplier's catalogue CSV as a new version: the core parses and checks every line first;
 * a file with any error imports nothing and reports every error by line and column (in French, with
 * the English beside it); a valid file becomes the next version in one transaction.
 */
@ApplicationScoped
@Transactional
public class CatalogueImportService {

    @Inject
    CatalogueStore catalogues;

    /** The new version: its id, number and product count. */
    public record ImportedCatalogue(long id, int version, int productCount) {
    }

    /** Imports the CSV for a registered supplier, as imported by {@code importedBy} at {@code at}. */
    public ImportedCatalogue importCsv(String supplierCode, InputStream csv, String importedBy, Instant at) {
        CatalogueImport parsed = CatalogueCsvImporter.parse(csv);
        if (!parsed.isValid()) {
            List<InvalidInputException.InputError> errors = parsed.errors().stream()
                    .map(e -> InvalidInputException.InputError.cell(e.line(), e.column(), e.messageFr() + " / " + e.messageEn()))
                    .toList();
            throw new InvalidInputException("The catalogue has " + errors.size() + " error(s); nothing was imported.", errors);
        }
        CatalogueDetails version = catalogues.appendVersion(supplierCode, parsed.products(), importedBy, at);
        return new ImportedCatalogue(version.id(), version.version(), version.productCount());
    }
}
