package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Dependencies;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Query;
import io.griddle.http.HttpError;
import io.griddle.http.Response;
import io.griddle.streaming.StreamingResponse;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Tutorial 013 with the session closed early: {@code GetUser} closes the session as soon as the user is checked, so
 * the database connection is free before the slow stream starts. {@code GetSession} still closes it after the
 * response, which does nothing then.
 */
public final class Tutorial014 {

    /** {@code get_session}: a session of the app's database, closed after the response has been sent. */
    public static final class GetSession {
        private final Users users;

        GetSession(Users users) {
            this.users = users;
        }

        public Users.Session provide() throws SQLException {
            return users.open();
        }
    }

    /**
     * {@code get_user}: 403 unless the {@code user_id} query parameter names a user of the database; then closes the
     * session, which nothing else of the request uses.
     */
    public static final class GetUser {
        public void provide(@Query("user_id") int userId, @Depends(GetSession.class) Users.Session session)
                throws SQLException {
            if (session.get(userId).isEmpty()) {
                throw new HttpError(403, "Not authorized");
            }
            session.close();
        }
    }

    @Get("/generate")
    @Dependencies(GetUser.class)
    public Response generate(@Query String query) {
        return StreamingResponse.of(null, new CharacterStream(query, Duration.ofMillis(100)));
    }

    /** The app, with the database file {@code database.mv.db} in the working directory. */
    public static App app() {
        return app("jdbc:h2:./database");
    }

    /** The app over the database at this JDBC URL (tests use an in-memory one). */
    public static App app(String jdbcUrl) {
        Users users = new Users(jdbcUrl);
        return App.create()
                .provide(GetSession.class, new GetSession(users))
                .onStartup(state -> {
                    try {
                        users.createTable();
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot create the user table: " + e.getMessage(), e);
                    }
                })
                .include(new Tutorial014());
    }
}
