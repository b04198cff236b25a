package io.griddle.examples.tutorial.dependencies;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The user table of tutorials 013 and 014 over plain JDBC, in place of SQLModel's engine: {@link #open()} is
 * {@code Session(engine)}, one connection that holds a place in the database until it is closed.
 *
 * <pre>{@code
 * Users users = new Users("jdbc:h2:./database");
 * users.createTable();
 * try (Users.Session session = users.open()) {
 *     Optional<User> user = session.get(1);
 * }
 * }</pre>
 */
public final class Users {

    private final String url;

    /** @param url a JDBC URL, e.g. {@code jdbc:h2:./database} (a file) or {@code jdbc:h2:mem:test} */
    public Users(String url) {
        this.url = url;
    }

    /** {@code SQLModel.metadata.create_all(engine)} for the user table: makes it if it is missing. */
    public void createTable() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL)");
        }
    }

    /** A session: one connection, open until {@link Session#close()}. */
    public Session open() throws SQLException {
        return new Session(DriverManager.getConnection(url));
    }

    /** One connection to the database; closing it again does nothing, as closing a closed SQLModel session. */
    public static final class Session implements AutoCloseable {
        private final Connection connection;

        Session(Connection connection) {
            this.connection = connection;
        }

        /** {@code session.get(User, id)}: the user with this id, if there is one. */
        public Optional<User> get(int id) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM users WHERE id = ?")) {
                select.setInt(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new User(rows.getInt("id"), rows.getString("name")))
                            : Optional.empty();
                }
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
