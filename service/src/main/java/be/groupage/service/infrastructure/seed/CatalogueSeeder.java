package be.groupage.service.infrastructure.seed;

import be.groupage.service.application.CatalogueImportService;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;

/** Imports a demo catalogue through the same use case a supplier's upload goes through. */
@ApplicationScoped
public class CatalogueSeeder {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());

    @Inject
    CatalogueImportService imports;

    void seed(SupplierEntity supplier, Path csv, Instant at) {
        try (InputStream in = Files.newInputStream(csv)) {
            CatalogueImportService.ImportedCatalogue imported = imports.importCsv(supplier, in, "seed", at);
            LOG.info(() -> "Demo catalogue of " + supplier.code() + " imported as version " + imported.version()
                    + " (id " + imported.id() + ", " + imported.productCount() + " products)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
    }
}
