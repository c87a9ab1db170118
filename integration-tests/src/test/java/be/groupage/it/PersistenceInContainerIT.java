package be.groupage.it;

import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside Payara Micro: the application's persistence unit writes through JPA, in a JTA transaction, to
 * MariaDB, and the row is there when read back with plain JDBC on the application's data source.
 * (JUnit's own assertions: the test runs inside the server, where AssertJ is not deployed.)
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWar().addClasses(PersistenceInContainerIT.class, MemberWriter.class);
    }

    /** A test-only bean: one transaction that persists a member through the application's persistence unit. */
    @Stateless
    public static class MemberWriter {
        @PersistenceContext(unitName = "groupage")
        EntityManager em;

        public long persist(MemberEntity member) {
            em.persist(member);
            em.flush();
            return member.id();
        }
    }

    @Inject
    MemberWriter writer;

    @Resource(lookup = "java:app/jdbc/groupage")
    DataSource dataSource;

    @Test
    void aMemberPersistedThroughJpaIsStoredInMariaDb() throws SQLException {
        MemberEntity member = new MemberEntity("IT-PERSIST", "ASBL Test Persistance", "ASSOCIATION", "0412345614",
                null, new Address("Rue du Test 1", "5000", "Namur", "BE"), "Dépôt d'essai", null, LocalDate.of(2026, 1, 1));

        long id = writer.persist(member);

        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT code, name, kind, delivery_point, version FROM member WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next(), "the member row is in the database");
                assertEquals("IT-PERSIST", rs.getString("code"));
                assertEquals("Dépôt d'essai", rs.getString("delivery_point"));
                assertEquals(1L, rs.getLong("version"), "EclipseLink numbers a new row's version 1");
            }
            String server = c.getMetaData().getDatabaseProductVersion();
            assertTrue(server.contains("MariaDB"), "a MariaDB server, not " + server);
        }
    }
}
