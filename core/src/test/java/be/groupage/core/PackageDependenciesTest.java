package be.groupage.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each package imports only what its {@code package-info.java} says it may depend on, and never uses
 * floating point or reads the clock.
 */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "be", "groupage", "core");

    @ParameterizedTest
    @CsvSource({
            "payment, money",
            "banking, money|payment",
            "receivables, money|payment|banking|invoicing",
            "costsplit, money",
            "invoicing, money",
            "reception, money|pooling",
            "reports, money|reception|catalogue",
            "settlement, money|reception|costsplit|invoicing|catalogue|cycle",
            "access, access",
            "delivery, cycle"})
    void importsOnlyTheStatedPackages(String component, String allowed) throws IOException {
        Path dir = MAIN.resolve(component);
        assertThat(dir).isDirectory();
        String pattern = "import (static )?(java\\.|be\\.groupage\\.core\\.(" + allowed + "|" + component + ")\\.).*";
        try (Stream<Path> files = Files.list(dir)) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream()
                            .filter(l -> l.startsWith("import ") && !l.matches(pattern))
                            .map(l -> f.getFileName() + ": " + l))
                    .collect(Collectors.toList());
            assertThat(offending).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"payment", "banking", "receivables", "costsplit", "invoicing", "reception", "reports", "settlement", "access", "delivery"})
    void noFloatingPointNoClockReads(String component) throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve(component))) {
            List<String> offending = files.flatMap(f -> lines(f).stream()
                            .filter(l -> l.matches(".*\\b(double|float|Double|Float)\\b.*") || l.contains("now("))
                            .map(l -> f.getFileName() + ": " + l.strip()))
                    .collect(Collectors.toList());
            assertThat(offending).isEmpty();
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
