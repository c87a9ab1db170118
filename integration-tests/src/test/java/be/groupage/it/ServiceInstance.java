package be.groupage.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One more Payara Micro running the built WAR, beside the one Arquillian manages, on the same test
 * database ({@link TestDatabase}) or another: for two instances sharing a series, for an instance killed in the
 * middle of its work, and for a service started on a restored backup. Its output goes to {@code target/<name>.log}.
 */
final class ServiceInstance implements AutoCloseable {

    /** How long a Payara Micro may take to deploy the WAR and answer ready. */
    private static final long READY_SECONDS = 240;

    private final String name;
    private final Process process;
    private final Path log;
    private final URI root;

    private ServiceInstance(String name, Process process, Path log, URI root) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.root = root;
    }

    /**
     * Starts a Payara Micro with the WAR on a free port and waits until it answers {@code /health/ready};
     * {@code properties} are extra {@code -D} settings of the service (e.g. {@code key=value}).
     */
    static ServiceInstance start(String name, String... properties) throws IOException {
        return startOn(name, TestDatabase.url(), TestDatabase.user(), TestDatabase.password(), properties);
    }

    /** As {@link #start}, on another database (e.g. one restored from a backup) with its URL, user and password. */
    static ServiceInstance startOn(String name, String dbUrl, String dbUser, String dbPassword, String... properties) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        File war = new File(System.getProperty("groupage.war", "../service/target/groupage.war"));
        File micro = new File(System.getProperty("payara.microJar", "target/payara-micro.jar"));
        Path log = Path.of(System.getProperty("groupage.it.workDir", "target"), name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dgroupage.db.url=" + dbUrl, "-Dgroupage.db.user=" + dbUser,
                "-Dgroupage.db.password=" + dbPassword));
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", micro.getAbsolutePath(), "--deploy", war.getAbsolutePath(), "--port", String.valueOf(port),
                "--nocluster", "--contextroot", "/"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceInstance instance = new ServiceInstance(name, process, log, URI.create("http://localhost:" + port + "/"));
        try {
            instance.awaitReady();
        } catch (RuntimeException | Error e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    private void awaitReady() {
        Api anonymous = api();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the Payara Micro " + name + " stopped; see " + log).isTrue();
            try {
                if (anonymous.get("/health/ready").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        throw new AssertionError("The Payara Micro " + name + " was not ready within " + READY_SECONDS + " s; see " + log);
    }

    URL url() {
        try {
            return root.toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API of this instance, anonymous. */
    Api api() {
        return Api.at(url());
    }

    Path log() {
        return log;
    }

    /** What the instance wrote so far. */
    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the process as a crash would (SIGKILL: no shutdown hook, no undeployment, no transaction
     * completed) and waits until it is gone.
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the Payara Micro " + name + " is still running after SIGKILL").isTrue();
    }

    /** Stops the process gracefully, forcibly if it does not end within 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
