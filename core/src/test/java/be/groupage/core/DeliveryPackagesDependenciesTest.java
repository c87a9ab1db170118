package be.groupage.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reception, reports and settlement import only what their {@code package-info.java} says, and never read the clock or use floating point. */
class DeliveryPackagesDependenciesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "be", "groupage", "core");

    @ParameterizedTest
    @CsvSource({
            "reception, money|pooling",
            "reports, money|reception|catalogue",
            "settlement, money|reception|costsplit|invoicing|catalogue|cycle"})
    void importsOnlyTheStatedPackages(String component, String allowed) throws IOException {
        String pattern = "import (static )?(java\\.|be\\.groupage\\.core\\.(" + allowed + "|" + component + ")\\.).*";
        try (Stream<Path> files = Files.list(MAIN.resolve(component))) {
            List<String> offending = files.flatMap(f -> lines(f).stream()
                            .filter(l -> l.startsWith("import ") && !l.matches(pattern))
                            .map(l -> f.getFileName() + ": " + l))
                    .collect(Collectors.toList());
            assertThat(offending).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"reception", "reports", "settlement"})
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
