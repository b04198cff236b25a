package io.griddle.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each library module exports its API packages and nothing else (decision 023): a package that joins or leaves the
 * public surface does so here, on purpose.
 */
class ModuleSurfaceTest {

    private final ClassPathModules modules = ClassPathModules.ofTestClassPath();

    @Test
    void coreExportsTheGatewayAndTheToolkit() {
        assertThat(exports("io.griddle.core"))
                .containsExactlyInAnyOrder(
                        "io.griddle.gateway",
                        "io.griddle.http",
                        "io.griddle.routing",
                        "io.griddle.concurrent",
                        "io.griddle.web",
                        "io.griddle.files",
                        "io.griddle.middleware",
                        "io.griddle.streaming",
                        "io.griddle.websocket");
    }

    @Test
    void theServerExportsOnlyHowToRunIt() {
        assertThat(exports("io.griddle.server")).containsExactly("io.griddle.server");
        assertThat(modules.descriptor("io.griddle.server").packages())
                .contains(
                        "io.griddle.server.http1",
                        "io.griddle.server.http2",
                        "io.griddle.server.supervisor",
                        "io.griddle.server.logging",
                        "io.griddle.server.websocket");
    }

    @Test
    void theFrameworkExportsItsAnnotationsSecurityAndOpenApiButNotBinding() {
        assertThat(exports("io.griddle"))
                .containsExactlyInAnyOrder(
                        "io.griddle",
                        "io.griddle.security",
                        "io.griddle.openapi",
                        "io.griddle.responses",
                        "io.griddle.settings");
        assertThat(modules.descriptor("io.griddle").packages()).contains("io.griddle.binding");
    }

    @Test
    void theTestClientExportsItsPackage() {
        assertThat(exports("io.griddle.test")).containsExactly("io.griddle.test");
    }

    @Test
    void whatApplicationsUseComesWithGriddle() {
        // an application that requires io.griddle reads core (Request, Response, ...) and Jakarta Validation's
        // constraints without requiring them itself
        assertThat(transitive("io.griddle")).contains("io.griddle.core", "jakarta.validation");
        assertThat(transitive("io.griddle.server")).contains("io.griddle.core");
        assertThat(transitive("io.griddle.test")).contains("io.griddle.core");
        assertThat(transitive("io.griddle.core")).contains("tools.jackson.databind");
    }

    /** Unqualified exports; a qualified one ({@code exports ... to}) is listed as "package to a, b". */
    private Set<String> exports(String module) {
        return modules.descriptor(module).exports().stream()
                .map(e -> e.isQualified() ? e.source() + " to " + String.join(", ", e.targets()) : e.source())
                .collect(Collectors.toSet());
    }

    private Set<String> transitive(String module) {
        return modules.descriptor(module).requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
    }
}
