package io.griddle.examples.tutorial.dependencies;

import io.griddle.App;
import io.griddle.Default;
import io.griddle.Depends;
import io.griddle.Get;
import io.griddle.Query;
import java.util.Map;

/**
 * A parameterized dependency: an instance made with its settings ({@code new FixedContentQueryChecker("bar")}) and
 * registered with {@code app.provide}, as FastAPI's callable instance {@code checker}.
 */
public final class Tutorial011 {

    /** Whether the {@code q} query parameter contains the fixed content. */
    public static final class FixedContentQueryChecker {
        private final String fixedContent;

        public FixedContentQueryChecker(String fixedContent) {
            this.fixedContent = fixedContent;
        }

        public boolean provide(@Query @Default("") String q) {
            return !q.isEmpty() && q.contains(fixedContent);
        }
    }

    @Get("/query-checker/")
    public Object readQueryCheck(@Depends(FixedContentQueryChecker.class) boolean fixedContentIncluded) {
        return Map.of("fixed_content_in_query", fixedContentIncluded);
    }

    /** The app. */
    public static App app() {
        return App.create()
                .provide(FixedContentQueryChecker.class, new FixedContentQueryChecker("bar"))
                .include(new Tutorial011());
    }
}
