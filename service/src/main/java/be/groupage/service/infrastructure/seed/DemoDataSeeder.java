package be.groupage.service.infrastructure.seed;

import be.groupage.service.infrastructure.persistence.Address;
import be.groupage.service.infrastructure.persistence.IssuerEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import be.groupage.service.infrastructure.persistence.UserEntity;
import be.groupage.service.infrastructure.security.PasswordHashing;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the demo data of {@code seeds/} into an empty database, once, when {@code groupage.seed.dir}
 * ({@code GROUPAGE_SEED_DIR}) names that folder: the embedded default sets it, production never does.
 * The database counts as empty while it has no member. Every demo user has the password {@code demo}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    static final String DEMO_PASSWORD = "demo";

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    CatalogueSeeder catalogues;

    @Inject
    @ConfigProperty(name = "groupage.seed.dir")
    Optional<String> seedDir;

    @PostConstruct
    void seed() {
        Optional<Path> dir = seedDir.map(String::trim).filter(s -> !s.isEmpty()).map(Path::of);
        if (dir.isEmpty()) {
            return;
        }
        long members = em.createQuery("SELECT COUNT(m) FROM MemberEntity m", Long.class).getSingleResult();
        if (members > 0) {
            LOG.info(() -> "Demo data not loaded: the database already has " + members + " member(s)");
            return;
        }
        Path seeds = dir.get();
        Instant now = Clock.systemUTC().instant();
        em.persist(issuer(seeds.resolve("platform.properties")));
        Map<String, SupplierEntity> suppliers = new HashMap<>();
        for (CSVRecord r : records(seeds.resolve("suppliers.csv"))) {
            SupplierEntity s = new SupplierEntity(r.get("code"), r.get("name"), r.get("kbo"), blankToNull(r.get("vat_number")),
                    blankToNull(r.get("iban")), blankToNull(r.get("bic")), address(r), blankToNull(r.get("email")),
                    new BigDecimal(r.get("minimum_order_value")));
            em.persist(s);
            suppliers.put(s.code(), s);
        }
        Map<String, MemberEntity> memberByCode = new HashMap<>();
        for (CSVRecord r : records(seeds.resolve("members.csv"))) {
            MemberEntity m = new MemberEntity(r.get("code"), r.get("name"), r.get("kind"), r.get("kbo"),
                    blankToNull(r.get("vat_number")), address(r), r.get("delivery_point"), blankToNull(r.get("email")),
                    LocalDate.parse(r.get("joined_on")));
            em.persist(m);
            memberByCode.put(m.code(), m);
        }
        // One hash for every demo user: PBKDF2 is slow on purpose, and they share the password.
        String hash = hashing.hash(DEMO_PASSWORD);
        for (CSVRecord r : records(seeds.resolve("users.csv"))) {
            em.persist(new UserEntity(r.get("login"), hash, r.get("role"),
                    memberByCode.get(blankToNull(r.get("member"))), suppliers.get(blankToNull(r.get("supplier"))), now));
        }
        em.flush();
        for (SupplierEntity supplier : suppliers.values()) {
            Path csv = seeds.resolve("catalogue-" + supplier.code().toLowerCase(java.util.Locale.ROOT) + ".csv");
            Path file = Files.exists(csv) ? csv : seeds.resolve("catalogue.csv");
            catalogues.seed(supplier, file, now);
        }
        LOG.info(() -> "Demo data loaded from " + seeds.toAbsolutePath() + ": " + memberByCode.size() + " members, "
                + suppliers.size() + " supplier(s)");
    }

    private static IssuerEntity issuer(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new IssuerEntity(p.getProperty("name"), p.getProperty("kbo"), p.getProperty("vat_number"), p.getProperty("iban"),
                blankToNull(p.getProperty("bic")),
                new Address(p.getProperty("street"), p.getProperty("postal_code"), p.getProperty("city"), p.getProperty("country")),
                blankToNull(p.getProperty("email")), p.getProperty("series_prefix", ""),
                Integer.parseInt(p.getProperty("payment_terms_days", "30")));
    }

    private static Address address(CSVRecord r) {
        return new Address(r.get("street"), r.get("postal_code"), r.get("city"), r.get("country"));
    }

    private static List<CSVRecord> records(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
