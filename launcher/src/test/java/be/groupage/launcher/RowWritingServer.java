package be.groupage.launcher;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a JVM of its own by {@link EmbeddedMariaDbRestartTest}: starts the embedded server on the folders it is
 * given, writes one row, says so on standard output, then serves until the JVM is stopped, closed by a shutdown
 * hook as {@link Main} closes it.
 */
public final class RowWritingServer {

    static final String WRITTEN = "row written";
    static final String LABEL = "written before SIGTERM";

    private RowWritingServer() {
    }

    /** @param args the base folder and the data folder */
    public static void main(String[] args) {
        try {
            EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), Path.of(args[1]), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "row-writing-server-shutdown"));
            try (Connection c = DriverManager.getConnection(db.admin().serverUrl(), "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE restart_check");
                s.execute("CREATE TABLE restart_check.kept (id INT PRIMARY KEY, label VARCHAR(40) NOT NULL)");
                s.execute("INSERT INTO restart_check.kept VALUES (1, '" + LABEL + "')");
            }
            System.out.println(WRITTEN);
            System.out.flush();
            // Serves until SIGTERM, which runs the shutdown hooks.
            new CountDownLatch(1).await();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
