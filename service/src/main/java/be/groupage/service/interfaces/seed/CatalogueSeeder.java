package be.groupage.service.interfaces.seed;

import be.groupage.service.application.catalogue.CatalogueImportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

/** Imports a demo catalogue through the same use case a supplier's upload goes through, as imported by "seed". */
@ApplicationScoped
public class CatalogueSeeder {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());
    static final String IMPORTED_BY = "seed";

    @Inject
    CatalogueImportService imports;

    void seed(String supplierCode, Path csv, Instant at) {
        try (InputStream in = Files.newInputStream(csv)) {
            CatalogueImportService.ImportedCatalogue imported = imports.importCsv(supplierCode, in, IMPORTED_BY, at);
            LOG.info(() -> "Demo catalogue of " + supplierCode + " imported as version " + imported.version()
                    + " (id " + imported.id() + ", " + imported.productCount() + " products)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
    }
}
