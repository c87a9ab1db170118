package be.groupage.service.infrastructure.health;

import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Ready when the database answers and its schema has been migrated (Flyway's history table is readable). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT MAX(version) FROM flyway_schema_history WHERE success = 1")) {
            rs.next();
            return HealthCheckResponse.named("database")
                    .withData("schemaVersion", String.valueOf(rs.getString(1)))
                    .withData("server", connection.getMetaData().getDatabaseProductVersion())
                    .up()
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").withData("error", String.valueOf(e.getMessage())).down().build();
        }
    }
}
