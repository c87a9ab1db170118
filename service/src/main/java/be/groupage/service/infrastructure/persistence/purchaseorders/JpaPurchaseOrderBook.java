package be.groupage.service.infrastructure.persistence.purchaseorders;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.service.application.port.purchaseorders.PurchaseOrderBook;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import be.groupage.service.infrastructure.persistence.schema.CyclePoolEntity;
import be.groupage.service.infrastructure.persistence.schema.DocumentParties;
import be.groupage.service.infrastructure.persistence.schema.IssuerEntity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cycle's purchase order: the cycle, its parties and pools (a thousand rows at most) through JPA, first;
 * the parcels (one row per member line, a million in a large cycle) in one JDBC read of plain columns, not
 * as entities with their members.
 */
@ApplicationScoped
public class JpaPurchaseOrderBook implements PurchaseOrderBook {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueVersions versions;

    @Override
    public Optional<CycleToOrder> cycle(long cycleId) {
        CycleEntity c = em.find(CycleEntity.class, cycleId);
        if (c == null) {
            return Optional.empty();
        }
        IssuerEntity issuer = em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID);
        CatalogueVersion catalogue = versions.byId(c.catalogue().id())
                .orElseThrow(() -> new IllegalStateException("No catalogue " + c.catalogue().id() + " for cycle " + cycleId));
        List<Pool> pools = new ArrayList<>();
        for (CyclePoolEntity p : em.createNamedQuery("CyclePool.ofCycle", CyclePoolEntity.class).setParameter("cycle", c).getResultList()) {
            pools.add(new Pool(p.productCode(), p.caseSize(), p.cases()));
        }
        return Optional.of(new CycleToOrder(c.id(), c.title(), c.status(), c.supplier().code(), DocumentParties.supplier(c.supplier()),
                Optional.ofNullable(issuer).map(DocumentParties::issuer), catalogue,
                Optional.ofNullable(c.transitions().get(CycleStatus.ORDERED.name())), c.deliveryDate(), DocumentParties.lot(c), pools));
    }

    @Override
    public List<Parcel> parcels(long cycleId) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT m.code, m.name, m.delivery_point, a.product_code, a.allocated "
                     + "FROM cycle_allocation a JOIN member m ON m.id = a.member_id WHERE a.cycle_id = ? AND a.allocated <> 0 "
                     + "ORDER BY m.code, a.product_code")) {
            s.setLong(1, cycleId);
            s.setFetchSize(10_000);
            List<Parcel> parcels = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    parcels.add(new Parcel(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getBigDecimal(5)));
                }
            }
            return parcels;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the parcels of cycle " + cycleId + " failed", e);
        }
    }
}
