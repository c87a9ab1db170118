package be.groupage.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An administrator's connection to a MariaDB server, used to create the application's database and its
 * user (a real password: the data source cannot carry an empty one).
 */
public final class DatabaseAdmin {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final String serverUrl;
    private final String user;
    private final String password;

    /**
     * @param serverUrl e.g. {@code jdbc:mariadb://127.0.0.1:3306/}, without a database
     */
    public DatabaseAdmin(String serverUrl, String user, String password) {
        this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
        this.user = Objects.requireNonNull(user, "user");
        this.password = password == null ? "" : password;
    }

    public String serverUrl() {
        return serverUrl;
    }

    /** Whether the server answers and accepts these credentials within a few seconds. */
    public boolean answers() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = connect()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public String version() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Creates the database and a user with all privileges on it, unless they already exist. */
    public void createDatabaseAndUser(String database, String appUser, String appPassword) throws SQLException {
        requireIdentifier(database);
        requireIdentifier(appUser);
        if (appPassword == null || appPassword.isEmpty() || appPassword.contains("'") || appPassword.contains("\\")) {
            throw new IllegalArgumentException("The application's database password must be non-empty, without quotes or backslashes");
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
                s.execute("CREATE USER IF NOT EXISTS '" + appUser + "'@'" + host + "' IDENTIFIED BY '" + appPassword + "'");
                s.execute("ALTER USER '" + appUser + "'@'" + host + "' IDENTIFIED BY '" + appPassword + "'");
                s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + appUser + "'@'" + host + "'");
            }
        }
    }

    public void dropDatabase(String database) throws SQLException {
        requireIdentifier(database);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    /** The JDBC URL of a database on this server. */
    public String databaseUrl(String database) {
        return (serverUrl.endsWith("/") ? serverUrl : serverUrl + "/") + database;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl, user, password);
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain identifier: " + name);
        }
    }
}
