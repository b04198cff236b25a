package io.griddle.examples.tutorial.advanced_middleware;

import io.griddle.App;
import io.griddle.Get;
import io.griddle.middleware.GZip;

/** Bodies of 1000 bytes or more are gzip-compressed, at level 5, for clients that accept it. */
public final class Tutorial003 {

    @Get("/")
    public String main() {
        return "somebigcontent";
    }

    /** The app. */
    public static App app() {
        return App.create()
                .addMiddleware(GZip.builder().minimumSize(1000).compressLevel(5).build())
                .include(new Tutorial003());
    }
}
