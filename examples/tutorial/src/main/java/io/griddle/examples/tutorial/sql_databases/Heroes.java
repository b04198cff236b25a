package io.griddle.examples.tutorial.sql_databases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hero table over plain JDBC, what SQLModel's engine and session do in FastAPI's tutorial: one connection per
 * request ({@link Session}), closed after the response. Calls block, so handlers using it are blocking handlers,
 * run on virtual threads.
 */
public final class Heroes {

    private final String url;

    /** @param url a JDBC URL, e.g. {@code jdbc:h2:./database} (a file) or {@code jdbc:h2:mem:test;DB_CLOSE_DELAY=-1} */
    public Heroes(String url) {
        this.url = url;
    }

    /** {@code SQLModel.metadata.create_all(engine)}: the table and its indexes, if missing. */
    public void createDbAndTables() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS hero (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                    + " age INTEGER, secret_name VARCHAR NOT NULL)");
            statement.execute("CREATE INDEX IF NOT EXISTS ix_hero_name ON hero (name)");
            statement.execute("CREATE INDEX IF NOT EXISTS ix_hero_age ON hero (age)");
        }
    }

    /** A session: one connection for one request. */
    public Session open() throws SQLException {
        return new Session(DriverManager.getConnection(url));
    }

    /** One request's connection; closed by Griddle after the response, as {@code with Session(engine)} does. */
    public static final class Session implements AutoCloseable {
        private final Connection connection;

        Session(Connection connection) {
            this.connection = connection;
        }

        /**
         * Adds the hero and returns it as stored. Without an id it gets the largest id plus one, as SQLite's rowid
         * does in FastAPI's tutorial; an id already taken is empty.
         */
        public Optional<Hero> add(Hero hero) throws SQLException {
            String sql = "INSERT INTO hero (id, name, age, secret_name) VALUES ("
                    + (hero.id().isPresent() ? "?" : "(SELECT COALESCE(MAX(id), 0) + 1 FROM hero)") + ", ?, ?, ?)";
            for (int attempt = 0; ; attempt++) {
                try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
                    int at = 1;
                    if (hero.id().isPresent()) {
                        insert.setInt(at++, hero.id().get());
                    }
                    insert.setString(at++, hero.name());
                    if (hero.age().isPresent()) {
                        insert.setInt(at++, hero.age().get());
                    } else {
                        insert.setNull(at++, Types.INTEGER);
                    }
                    insert.setString(at, hero.secret_name());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        int id = keys.next() ? keys.getInt(1) : hero.id().orElseThrow();
                        return get(id);
                    }
                } catch (SQLException e) {
                    boolean duplicate = "23505".equals(e.getSQLState());
                    if (!duplicate) {
                        throw e;
                    }
                    if (hero.id().isPresent()) {
                        return Optional.empty();
                    }
                    if (attempt == 5) {
                        throw e; // a generated id collided with concurrent inserts each time
                    }
                }
            }
        }

        /** {@code select(Hero).offset(offset).limit(limit)}, in id order. */
        public List<Hero> list(int offset, int limit) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM hero ORDER BY id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                select.setInt(1, offset);
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<Hero> heroes = new ArrayList<>();
                    while (rows.next()) {
                        heroes.add(hero(rows));
                    }
                    return heroes;
                }
            }
        }

        /** {@code session.get(Hero, id)}. */
        public Optional<Hero> get(int id) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM hero WHERE id = ?")) {
                select.setInt(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(hero(rows)) : Optional.empty();
                }
            }
        }

        /** Writes the hero's name, age and secret name over the stored row of its id; whether there was one. */
        public boolean update(Hero hero) throws SQLException {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE hero SET name = ?, age = ?, secret_name = ? WHERE id = ?")) {
                update.setString(1, hero.name());
                if (hero.age().isPresent()) {
                    update.setInt(2, hero.age().get());
                } else {
                    update.setNull(2, Types.INTEGER);
                }
                update.setString(3, hero.secret_name());
                update.setInt(4, hero.id().orElseThrow());
                return update.executeUpdate() > 0;
            }
        }

        /** Deletes the hero; whether there was one. */
        public boolean delete(int id) throws SQLException {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM hero WHERE id = ?")) {
                delete.setInt(1, id);
                return delete.executeUpdate() > 0;
            }
        }

        private static Hero hero(ResultSet row) throws SQLException {
            int age = row.getInt("age");
            Optional<Integer> maybeAge = row.wasNull() ? Optional.empty() : Optional.of(age);
            return new Hero(
                    Optional.of(row.getInt("id")), row.getString("name"), maybeAge, row.getString("secret_name"));
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
