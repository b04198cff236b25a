package io.griddle.examples.tutorial.sql_databases;

import io.griddle.App;
import io.griddle.Body;
import io.griddle.Default;
import io.griddle.Delete;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Partial;
import io.griddle.Patch;
import io.griddle.Path;
import io.griddle.Post;
import io.griddle.Query;
import io.griddle.http.HttpError;
import jakarta.validation.constraints.Max;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL databases with several models: the client sends a {@link HeroCreate} (no id: the database gives it), reads a
 * {@link HeroPublic} (no secret name), and updates with a {@link HeroUpdate} whose fields are all optional, of which
 * only those the request sent are written ({@code @Body Partial<HeroUpdate>}). The table row is {@link Hero}, in the
 * same H2 table as tutorial 001's, through the same {@link Heroes} sessions.
 */
public final class Tutorial002 {

    /** What a client sends to create a hero: no id. */
    public record HeroCreate(String name, Optional<Integer> age, String secret_name) {}

    /** What a client reads: the id, never the secret name. */
    public record HeroPublic(String name, Optional<Integer> age, int id) {
        static HeroPublic of(Hero hero) {
            return new HeroPublic(hero.name(), hero.age(), hero.id().orElseThrow());
        }
    }

    /** What a client sends to change a hero: any of the fields, each may be null. */
    public record HeroUpdate(Optional<String> name, Optional<Integer> age, Optional<String> secret_name) {}

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
    public HeroPublic createHero(@Body HeroCreate hero, @Depends(GetSession.class) Heroes.Session session)
            throws SQLException {
        Hero dbHero = new Hero(Optional.empty(), hero.name(), hero.age(), hero.secret_name());
        return HeroPublic.of(session.add(dbHero).orElseThrow());
    }

    @Get("/heroes/")
    public List<HeroPublic> readHeroes(
            @Depends(GetSession.class) Heroes.Session session,
            @Query @Default("0") int offset,
            @Query @Default("100") @Max(100) int limit)
            throws SQLException {
        return session.list(offset, limit).stream().map(HeroPublic::of).toList();
    }

    @Get("/heroes/{hero_id}")
    public HeroPublic readHero(@Path("hero_id") int heroId, @Depends(GetSession.class) Heroes.Session session)
            throws SQLException {
        return HeroPublic.of(session.get(heroId).orElseThrow(() -> new HttpError(404, "Hero not found")));
    }

    @Patch("/heroes/{hero_id}")
    public HeroPublic updateHero(
            @Path("hero_id") int heroId,
            @Body Partial<HeroUpdate> hero,
            @Depends(GetSession.class) Heroes.Session session)
            throws SQLException {
        Hero heroDb = session.get(heroId).orElseThrow(() -> new HttpError(404, "Hero not found"));
        HeroUpdate sent = hero.value();
        Hero updated = new Hero(
                heroDb.id(),
                hero.isSet("name") ? required(sent.name(), "name") : heroDb.name(),
                hero.isSet("age") ? sent.age() : heroDb.age(),
                hero.isSet("secret_name") ? required(sent.secret_name(), "secret_name") : heroDb.secret_name());
        session.update(updated);
        return HeroPublic.of(updated);
    }

    // The table keeps a name and a secret name: null for either is refused before the database is asked.
    private static String required(Optional<String> value, String field) {
        return value.orElseThrow(() -> new HttpError(422, "Hero " + field + " cannot be null"));
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
                .include(new Tutorial002());
    }
}
