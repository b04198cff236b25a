package io.griddle.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    private static Route route(String method, String path) {
        return new Route(Set.of(method), path, Endpoint.blocking(request -> method + " " + path));
    }

    private static RouteMatch.Found found(RouteMatch match) {
        assertThat(match).isInstanceOf(RouteMatch.Found.class);
        return (RouteMatch.Found) match;
    }

    @Test
    void findsLiteralRoute() {
        Route users = route("GET", "/users");
        Router router = new Router().add(users);

        RouteMatch.Found match = found(router.match("GET", "/users"));
        assertThat(match.route()).isSameAs(users);
        assertThat(match.params()).isEmpty();
    }

    @Test
    void findsParameterizedRouteWithConvertedParams() {
        Route burger = route("GET", "/burgers/{id:int}");
        Router router = new Router().add(burger);

        RouteMatch.Found match = found(router.match("GET", "/burgers/7"));
        assertThat(match.route()).isSameAs(burger);
        assertThat(match.params()).isEqualTo(Map.of("id", 7));
    }

    @Test
    void unknownPathIsNotFound() {
        Router router = new Router().add(route("GET", "/users")).add(route("GET", "/users/{id}"));

        assertThat(router.match("GET", "/orders")).isInstanceOf(RouteMatch.NotFound.class);
        assertThat(router.match("GET", "/users/1/orders")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void intParameterThatIsNotDigitsIsNotFound() {
        Router router = new Router().add(route("GET", "/items/{id:int}"));

        assertThat(router.match("GET", "/items/foo")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void literalPathWinsOverParameterizedWhateverTheOrder() {
        Route byId = route("GET", "/users/{id}");
        Route me = route("GET", "/users/me");
        Router router = new Router().add(byId).add(me);

        assertThat(found(router.match("GET", "/users/me")).route()).isSameAs(me);
        assertThat(found(router.match("GET", "/users/42")).route()).isSameAs(byId);
    }

    @Test
    void parameterizedRoutesAreTriedInTheOrderAdded() {
        Route first = route("GET", "/files/{name}");
        Route second = route("GET", "/files/{other}");
        Router router = new Router().add(first).add(second);

        assertThat(found(router.match("GET", "/files/a")).route()).isSameAs(first);
    }

    @Test
    void wrongMethodIsMethodNotAllowedWithTheAllowedMethods() {
        Router router = new Router().add(route("GET", "/items")).add(route("POST", "/items"));

        RouteMatch match = router.match("DELETE", "/items");

        assertThat(match).isInstanceOf(RouteMatch.MethodNotAllowed.class);
        assertThat(((RouteMatch.MethodNotAllowed) match).allowed()).containsExactlyInAnyOrder("GET", "HEAD", "POST");
    }

    @Test
    void methodNotAllowedCollectsLiteralAndParameterizedRoutes() {
        Router router = new Router().add(route("GET", "/items/special")).add(route("PUT", "/items/{name}"));

        RouteMatch match = router.match("DELETE", "/items/special");

        assertThat(((RouteMatch.MethodNotAllowed) match).allowed()).containsExactlyInAnyOrder("GET", "HEAD", "PUT");
    }

    @Test
    void parameterizedRouteAnswersWhenTheLiteralOneHasOtherMethods() {
        Route put = route("PUT", "/items/{name}");
        Router router = new Router().add(route("GET", "/items/special")).add(put);

        RouteMatch.Found match = found(router.match("PUT", "/items/special"));

        assertThat(match.route()).isSameAs(put);
        assertThat(match.params()).isEqualTo(Map.of("name", "special"));
    }

    @Test
    void getRouteAlsoAnswersHead() {
        Route get = route("GET", "/items/{id:int}");
        Router router = new Router().add(get);

        assertThat(get.methods()).containsExactlyInAnyOrder("GET", "HEAD");
        assertThat(found(router.match("HEAD", "/items/1")).route()).isSameAs(get);
    }

    @Test
    void nonGetRouteDoesNotAnswerHead() {
        Router router = new Router().add(route("POST", "/items"));

        assertThat(router.match("HEAD", "/items")).isInstanceOf(RouteMatch.MethodNotAllowed.class);
    }

    @Test
    void routeMethodsAreUpperCased() {
        Route route = new Route(Set.of("get", "post"), "/x", Endpoint.blocking(request -> "x"));

        assertThat(route.methods()).containsExactlyInAnyOrder("GET", "HEAD", "POST");
        assertThat(route.allows("POST")).isTrue();
    }

    @Test
    void routeNeedsAMethod() {
        assertThatThrownBy(() -> new Route(Set.of(), "/x", Endpoint.blocking(request -> "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void routeDescribesItselfByMethodAndTemplate() {
        assertThat(route("GET", "/burgers/{id:int}").describe()).isEqualTo("GET /burgers/{id:int}");
    }

    @Test
    void routesListsLiteralOnesFirst() {
        Route param = route("GET", "/a/{x}");
        Route literal = route("GET", "/b");
        Router router = new Router().add(param).add(literal);

        assertThat(router.routes()).containsExactly(literal, param);
    }

    @Test
    void pathForFindsTheFirstNamedRouteThatTakesTheParameters() {
        Endpoint endpoint = Endpoint.blocking(request -> "x");
        Router router = new Router()
                .add(new Route(Set.of("GET"), "/unnamed/{id}", endpoint))
                .add(new Route("item", Set.of("GET"), "/items/{id}", endpoint))
                .add(new Route("item", Set.of("GET"), "/items/{id}/{part}", endpoint))
                .add(new Route("item", Set.of("POST"), "/other/{id}", endpoint));

        assertThat(router.pathFor("item", Map.of("id", 3))).isEqualTo("/items/3");
        assertThat(router.pathFor("item", Map.of("id", 3, "part", "a"))).isEqualTo("/items/3/a");
        assertThat(router.pathFor("item", Map.of())).isNull();
        assertThat(router.pathFor("nothing", Map.of("id", 3))).isNull();
        assertThat(router.pathFor("null", Map.of("id", 3))).isNull(); // unnamed routes have no name to match
        assertThatThrownBy(() -> new Route("", Set.of("GET"), "/x", endpoint))
                .hasMessageContaining("name is not empty");
    }
}
