package be.groupage.service.infrastructure.persistence.schema;

import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date with the Flyway migrations in {@code db/migration} when the
 * application starts; Flyway, not EclipseLink, owns the schema. Several instances starting together are
 * safe: Flyway takes a lock on its history table.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        String version = String.valueOf(flyway.info().current().getVersion());
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }
}
