package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.griddle.gateway.Gateway;
import io.griddle.web.WebApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppReferenceTest {

    static final WebApp APP = new WebApp();
    static final String NOT_AN_APP = "hello";
    final WebApp instanceField = new WebApp();

    static WebApp create() {
        return new WebApp();
    }

    private static Gateway load(String reference, boolean factory) {
        return AppReference.load(reference, factory, AppReferenceTest.class.getClassLoader());
    }

    @Test
    void findsAStaticFieldOrAFactoryMethod() {
        assertThat(load("io.griddle.server.AppReferenceTest:APP", false)).isSameAs(APP);
        assertThat(load("io.griddle.server.AppReferenceTest:create", false)).isInstanceOf(WebApp.class);
        assertThat(load("io.griddle.server.AppReferenceTest:create", true)).isInstanceOf(WebApp.class);
    }

    @Test
    void explainsWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> load("no-colon", false)).hasMessageContaining("CLASS:ATTRIBUTE");
        assertThatThrownBy(() -> load("com.example.Missing:app", false))
                .hasMessageContaining("class com.example.Missing not found");
        assertThatThrownBy(() -> load("io.griddle.server.AppReferenceTest:nothing", false))
                .hasMessageContaining("no static field nothing");
        assertThatThrownBy(() -> load("io.griddle.server.AppReferenceTest:NOT_AN_APP", false))
                .hasMessageContaining("not an application");
        assertThatThrownBy(() -> load("io.griddle.server.AppReferenceTest:instanceField", false))
                .hasMessageContaining("not static");
        assertThatThrownBy(() -> load("io.griddle.server.AppReferenceTest:APP", true))
                .hasMessageContaining("no static field APP nor static method APP()");
    }

    @Test
    void theLauncherTakesTheReferenceAmongTheFlagsAnAppsMainDoesNot() throws Exception {
        PrintWriter out = new PrintWriter(new StringWriter());
        ServerOptions.Launch launch = ServerOptions.parseLaunch(
                new String[] {"--port", "9000", "com.example.Shop:create", "--factory", "--http2"}, Map.of(), out);
        assertThat(launch.app()).isEqualTo("com.example.Shop:create");
        assertThat(launch.factory()).isTrue();
        assertThat(launch.config().port()).isEqualTo(9000);
        assertThat(launch.config().http2()).isTrue();
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"com.example.Shop:app"}, Map.of(), out))
                .isInstanceOf(ServerOptions.BadFlag.class)
                .hasMessageContaining("griddle launcher");
    }
}
