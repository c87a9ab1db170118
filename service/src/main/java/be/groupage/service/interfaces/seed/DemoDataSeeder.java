package be.groupage.service.interfaces.seed;

import be.groupage.core.cycle.MemberType;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.port.access.PasswordHasher;
import be.groupage.service.application.port.access.UserDirectory;
import be.groupage.service.application.port.common.PostalAddress;
import be.groupage.service.application.port.invoicing.IssuerDetails;
import be.groupage.service.application.port.invoicing.IssuerStore;
import be.groupage.service.application.port.members.MemberDetails;
import be.groupage.service.application.port.members.MemberDirectory;
import be.groupage.service.application.port.suppliers.SupplierDetails;
import be.groupage.service.application.port.suppliers.SupplierDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Loads the demo data of {@code seeds/} into an empty database, once, when {@code groupage.seed.dir}
 * ({@code GROUPAGE_SEED_DIR}) names that folder: the embedded default sets it, production never does.
 * The database counts as empty while it has no member. Every demo user has the password {@code demo}.
 *
 * <p>An entry point like a resource: it stores the parties and accounts through the application's
 * ports as the files give them (joining dates included; the demo password is shorter than the policy
 * of {@code UserService} on purpose), and the catalogues through the import use case, in the one
 * transaction of this start-up callback. Nothing calls back into it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    static final String DEMO_PASSWORD = "demo";

    @Inject
    MemberDirectory members;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    UserDirectory users;

    @Inject
    IssuerStore issuer;

    @Inject
    PasswordHasher hashing;

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
        long stored = members.count();
        if (stored > 0) {
            LOG.info(() -> "Demo data not loaded: the database already has " + stored + " member(s)");
            return;
        }
        Path seeds = dir.get();
        Instant now = Clock.systemUTC().instant();
        issuer.save(issuer(seeds.resolve("platform.properties")));
        List<String> supplierCodes = new ArrayList<>();
        for (CSVRecord r : records(seeds.resolve("suppliers.csv"))) {
            SupplierDetails s = suppliers.register(new SupplierDetails(r.get("code"), r.get("name"), r.get("kbo"), optional(r.get("vat_number")),
                    optional(r.get("iban")), optional(r.get("bic")), address(r), optional(r.get("email")),
                    new BigDecimal(r.get("minimum_order_value"))));
            supplierCodes.add(s.code());
        }
        int memberCount = 0;
        for (CSVRecord r : records(seeds.resolve("members.csv"))) {
            members.register(new MemberDetails(r.get("code"), r.get("name"), MemberType.valueOf(r.get("kind")), r.get("kbo"),
                    optional(r.get("vat_number")), address(r), r.get("delivery_point"), optional(r.get("email")),
                    LocalDate.parse(r.get("joined_on"))));
            memberCount++;
        }
        // One hash for every demo user: PBKDF2 is slow on purpose, and they share the password.
        String hash = hashing.hash(DEMO_PASSWORD);
        for (CSVRecord r : records(seeds.resolve("users.csv"))) {
            users.create(r.get("login"), hash, Role.valueOf(r.get("role")), optional(r.get("member")), optional(r.get("supplier")), now);
        }
        for (String supplier : supplierCodes) {
            Path csv = seeds.resolve("catalogue-" + supplier.toLowerCase(Locale.ROOT) + ".csv");
            Path file = Files.exists(csv) ? csv : seeds.resolve("catalogue.csv");
            catalogues.seed(supplier, file, now);
        }
        int loadedMembers = memberCount;
        LOG.info(() -> "Demo data loaded from " + seeds.toAbsolutePath() + ": " + loadedMembers + " members, "
                + supplierCodes.size() + " supplier(s)");
    }

    private static IssuerDetails issuer(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return new IssuerDetails(p.getProperty("name"), p.getProperty("kbo"), p.getProperty("vat_number"), p.getProperty("iban"),
                optional(p.getProperty("bic")),
                new PostalAddress(p.getProperty("street"), p.getProperty("postal_code"), p.getProperty("city"), p.getProperty("country")),
                optional(p.getProperty("email")), p.getProperty("series_prefix", ""),
                Integer.parseInt(p.getProperty("payment_terms_days", "30")));
    }

    private static PostalAddress address(CSVRecord r) {
        return new PostalAddress(r.get("street"), r.get("postal_code"), r.get("city"), r.get("country"));
    }

    private static List<CSVRecord> records(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
