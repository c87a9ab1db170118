package be.groupage.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layers import what their {@code package-info.java} allows: the ports are plain Java over
 * {@code core}; the use cases and the entry points reach storage only through the ports.
 */
class LayerDependenciesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "be", "groupage", "service");

    @Test
    void portsImportOnlyJavaCoreAndTheApplicationsValueTypes() {
        assertThat(offending(MAIN.resolve("application/port"),
                "import (static )?(java\\.|be\\.groupage\\.core\\.|be\\.groupage\\.service\\.application\\.(Role;|port\\.|document\\.)).*")).isEmpty();
    }

    @Test
    void theDemoDataLoaderImportsNoInfrastructure() {
        assertThat(offending(MAIN.resolve("interfaces/seed"), "(?!import be\\.groupage\\.service\\.infrastructure\\.).*")).isEmpty();
    }

    /** The use cases already on ports (the cycle, order, reception, invoicing and document ones follow). */
    @ParameterizedTest
    @ValueSource(strings = {"AuditTrail", "CatalogueImportService", "CatalogueService", "CurrentAccount", "FrameworkAgreementService",
            "IdempotencyStore", "IssuerService", "MemberService", "Registrations", "ReportService", "SupplierService", "UserService"})
    void useCasesReachStorageOnlyThroughPorts(String useCase) {
        assertThat(lines(MAIN.resolve("application/" + useCase + ".java")))
                .noneMatch(l -> l.startsWith("import ") && (l.contains(".infrastructure.") || l.contains("jakarta.persistence")))
                .noneMatch(l -> l.contains("EntityManager") || l.contains("createQuery") || l.contains("createNativeQuery"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MembersResource", "SuppliersResource", "UsersResource", "SettingsResource", "CataloguesResource",
            "FrameworkAgreementsResource", "ReportsResource", "MeResource", "IdempotencyFilter", "MemberView", "SupplierView",
            "UserView", "IssuerView", "CatalogueView", "ProductView", "AddressView", "AddressDto", "FrameworkAgreementView",
            "MembersReportView"})
    void resourcesAndViewsNeverSeeEntities(String type) {
        assertThat(lines(MAIN.resolve("interfaces/rest/" + type + ".java")))
                .noneMatch(l -> l.startsWith("import ") && l.contains(".infrastructure."));
    }

    private static List<String> offending(Path dir, String allowedImport) {
        assertThat(dir).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream().filter(l -> l.startsWith("import ") && !l.matches(allowedImport))
                            .map(l -> f.getFileName() + ": " + l))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
