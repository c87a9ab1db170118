package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueCsvImporter;
import be.groupage.core.catalogue.CatalogueImport;
import be.groupage.core.catalogue.Gtin;
import be.groupage.core.catalogue.Product;
import be.groupage.service.infrastructure.persistence.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.ProductEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    /** The new version: its id, number and product count. */
    public record ImportedCatalogue(long id, int version, int productCount) {
    }

    public ImportedCatalogue importCsv(SupplierEntity supplier, InputStream csv, String importedBy, Instant at) {
        CatalogueImport parsed = CatalogueCsvImporter.parse(csv);
        if (!parsed.isValid()) {
            List<InvalidInputException.InputError> errors = parsed.errors().stream()
                    .map(e -> InvalidInputException.InputError.cell(e.line(), e.column(), e.messageFr() + " / " + e.messageEn()))
                    .toList();
            throw new InvalidInputException("The catalogue has " + errors.size() + " error(s); nothing was imported.", errors);
        }
        // Lock the supplier so two imports at once cannot take the same version number.
        SupplierEntity locked = em.find(SupplierEntity.class, supplier.id(), LockModeType.PESSIMISTIC_WRITE);
        Integer latest = em.createNamedQuery("Catalogue.latestVersion", Integer.class)
                .setParameter("supplier", locked)
                .getSingleResult();
        int version = latest == null ? 1 : latest + 1;
        CatalogueEntity catalogue = new CatalogueEntity(locked, version, at, importedBy, parsed.products().size());
        em.persist(catalogue);
        for (Product p : parsed.products()) {
            em.persist(toEntity(catalogue, p));
        }
        em.flush();
        return new ImportedCatalogue(catalogue.id(), version, parsed.products().size());
    }

    private static ProductEntity toEntity(CatalogueEntity catalogue, Product p) {
        return new ProductEntity(catalogue, p.code(), p.name(), emptyToNull(p.producer()), emptyToNull(p.origin()),
                p.distanceKm().isPresent() ? p.distanceKm().getAsInt() : null, p.label().name(), emptyToNull(p.category()),
                p.unit().code(), p.caseSize().amount(), p.price().amount(), p.vatRate().percent(), p.variableWeight(),
                p.chilled(), p.gtin().map(Gtin::value).orElse(null), p.minimumCases(), p.kgPerPiece().orElse(null));
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
