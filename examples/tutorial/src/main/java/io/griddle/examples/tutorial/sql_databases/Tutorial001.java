package io.griddle.examples.tutorial.sql_databases;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Delete;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.http.HttpError;
import jakarta.validation.constraints.Max;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * SQL databases: heroes in an embedded H2 database over JDBC, a session per request as a dependency, the table
 * made at startup. Handlers block on JDBC, so they run on virtual threads.
 */
public final class Tutorial001 {

    /** {@code get_session}: a session of the app's database, closed after the response. */
    public static final class GetSession {
        private final Heroes heroes;

        GetSession(Heroes heroes) {
            this.heroes = heroes;
        }

        public Heroes.Session provide() throws SQLException {
            return heroes.open();
        }
    }

    @Post("/heroes/")
    public Hero createHero(@Body Hero hero, @Depends(GetSession.class) Heroes.Session session) throws SQLException {
        return session.add(hero).orElseThrow(() -> new HttpError(409, "Hero already exists"));
    }

    @Get("/heroes/")
    public List<Hero> readHeroes(
            @Depends(GetSession.class) Heroes.Session session,
            @Query @Default("0") int offset,
            @Query @Default("100") @Max(100) int limit)
            throws SQLException {
        return session.list(offset, limit);
    }

    @Get("/heroes/{hero_id}")
    public Hero readHero(@Path("hero_id") int heroId, @Depends(GetSession.class) Heroes.Session session)
            throws SQLException {
        return session.get(heroId).orElseThrow(() -> new HttpError(404, "Hero not found"));
    }

    @Delete("/heroes/{hero_id}")
    public Object deleteHero(@Path("hero_id") int heroId, @Depends(GetSession.class) Heroes.Session session)
            throws SQLException {
        if (!session.delete(heroId)) {
            throw new HttpError(404, "Hero not found");
        }
        return Map.of("ok", true);
    }

    /** The app, with the database file {@code database.mv.db} in the working directory. */
    public static App app() {
        return app("jdbc:h2:./database");
    }

    /** The app over the database at this JDBC URL (tests use an in-memory one). */
    public static App app(String jdbcUrl) {
        Heroes heroes = new Heroes(jdbcUrl);
        return App.create()
                .provide(GetSession.class, new GetSession(heroes))
                .onStartup(state -> {
                    try {
                        heroes.createDbAndTables();
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot create the hero table: " + e.getMessage(), e);
                    }
                })
                .include(new Tutorial001());
    }
}
