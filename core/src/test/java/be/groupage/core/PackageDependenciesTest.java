package be.groupage.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each package's {@code package-info.java} says it depends on money and the JDK only: the imports agree. */
class PackageDependenciesTest {

    private static final Path MAIN = Path.of("src", "main", "java", "be", "groupage", "core");

    @ParameterizedTest
    @ValueSource(strings = {"payment", "costsplit", "invoicing"})
    void importsOnlyMoneyAndTheJdk(String component) throws IOException {
        Path dir = MAIN.resolve(component);
        assertThat(dir).isDirectory();
        List<String> offending;
        try (Stream<Path> files = Files.list(dir)) {
            offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> lines(f).stream()
                            .filter(l -> l.startsWith("import "))
                            .filter(l -> !l.matches("import (static )?(java\\.|be\\.groupage\\.core\\.money\\.|be\\.groupage\\.core\\." + component + "\\.).*"))
                            .map(l -> f.getFileName() + ": " + l))
                    .collect(Collectors.toList());
        }
        assertThat(offending).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"payment", "costsplit", "invoicing"})
    void noFloatingPointNoClockReads(String component) throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve(component))) {
            List<String> offending = files.flatMap(f -> lines(f).stream()
                            .filter(l -> l.matches(".*\\b(double|float|Double|Float)\\b.*") || l.contains("now()"))
                            .map(l -> f.getFileName() + ": " + l.strip()))
                    .collect(Collectors.toList());
            assertThat(offending).isEmpty();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
