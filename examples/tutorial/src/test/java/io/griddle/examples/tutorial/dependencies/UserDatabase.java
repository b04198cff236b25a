package io.griddle.examples.tutorial.dependencies;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * An in-memory database of its own for one test of tutorials 013 and 014, seen from outside the app: this probe's
 * connection keeps it alive, adds users, and counts the connections open in it (H2's sessions), so a test can tell
 * whether the app's session is still held.
 */
final class UserDatabase implements AutoCloseable {

    final String url = "jdbc:h2:mem:users-" + UUID.randomUUID();
    private final Connection probe;

    UserDatabase() throws SQLException {
        probe = DriverManager.getConnection(url);
    }

    /** Adds a user (the app makes the table at startup). */
    void addUser(int id, String name) throws SQLException {
        try (PreparedStatement insert = probe.prepareStatement("INSERT INTO users (id, name) VALUES (?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    /** The connections open in the database other than this probe's. */
    int openSessions() throws SQLException {
        try (Statement statement = probe.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            count.next();
            return count.getInt(1) - 1;
        }
    }

    /**
     * Waits at most {@code limit} for the app's sessions to be closed (the exits after a response run once it is
     * sent, maybe just after the client read its end); the sessions still open then.
     */
    int openSessionsAfter(Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int open = openSessions();
        while (open > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            open = openSessions();
        }
        return open;
    }

    @Override
    public void close() throws SQLException {
        probe.close();
    }
}
