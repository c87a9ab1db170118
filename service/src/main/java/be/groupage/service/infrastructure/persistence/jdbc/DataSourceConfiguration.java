package be.groupage.service.infrastructure.persistence.jdbc;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The application's data source, configured through MicroProfile Config: {@code GROUPAGE_DB_URL},
 * {@code GROUPAGE_DB_USER}, {@code GROUPAGE_DB_PASSWORD} in the environment (or {@code -Dgroupage.db.url=…}),
 * defaults in {@code META-INF/microprofile-config.properties}. The MariaDB driver ships in the WAR, so its
 * class is fixed here.
 *
 * <p>The class is {@link LocalMariaDbDataSource}: the driver's data source as a plain data source, so the
 * transactions are local (one database), not XA.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "be.groupage.service.infrastructure.persistence.jdbc.LocalMariaDbDataSource",
        url = "${MPCONFIG=groupage.db.url}",
        user = "${MPCONFIG=groupage.db.user}",
        password = "${MPCONFIG=groupage.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.log-jdbc-calls=false"
        })
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/groupage";
}
