package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Cookies and redirects as Starlette's responses write them (its tests' expected header values). */
class SetCookieTest {

    @Test
    void defaultsArePathRootAndSameSiteLax() {
        assertThat(SetCookie.of("fakesession", "fake-cookie-session-value").headerValue())
                .isEqualTo("fakesession=fake-cookie-session-value; Path=/; SameSite=lax");
    }

    @Test
    void everyAttributeInPythonsOrder() {
        SetCookie cookie = SetCookie.of("mycookie", "myvalue")
                .maxAge(10)
                .expires(Instant.parse("2037-01-22T12:00:10Z"))
                .path("/")
                .domain("localhost")
                .secure(true)
                .httpOnly(true)
                .sameSite("none")
                .partitioned(true);
        assertThat(cookie.headerValue())
                .isEqualTo("mycookie=myvalue; Domain=localhost; expires=Thu, 22 Jan 2037 12:00:10 GMT; HttpOnly;"
                        + " Max-Age=10; Partitioned; Path=/; SameSite=none; Secure");
    }

    @Test
    void pathAndSameSiteCanBeLeftOut() {
        assertThat(SetCookie.of("mycookie", "myvalue").path(null).headerValue())
                .isEqualTo("mycookie=myvalue; SameSite=lax");
        assertThat(SetCookie.of("mycookie", "myvalue").sameSite(null).headerValue())
                .isEqualTo("mycookie=myvalue; Path=/");
        assertThat(SetCookie.of("a", "b")
                        .expires(Instant.parse("2037-01-02T03:04:05Z"))
                        .headerValue())
                .contains("expires=Fri, 02 Jan 2037 03:04:05 GMT");
    }

    @Test
    void valuesOutsideTheCookieAlphabetAreQuotedAsPythonDoes() {
        assertThat(SetCookie.quote("")).isEqualTo("\"\"");
        assertThat(SetCookie.quote("a b")).isEqualTo("\"a b\"");
        assertThat(SetCookie.quote("x;y\"z\\")).isEqualTo("\"x;y\\\"z\\\\\"");
        assertThat(SetCookie.quote("é\n")).isEqualTo("\"\\351\\012\"");
        assertThatThrownBy(() -> SetCookie.quote("ü€")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badNamesAttributesAndSameSiteAreRefused() {
        assertThatThrownBy(() -> SetCookie.of("a b", "v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SetCookie.of("a", "v").path("/x;Secure")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SetCookie.of("a", "v").domain("x\r\ny")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SetCookie.of("a", "v").sameSite("sometimes"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletionExpiresAnEmptyValueNow() {
        Response response = Response.text("bye").deleteCookie("mycookie");
        String header = response.headers().get("set-cookie");
        assertThat(header).startsWith("mycookie=\"\"; expires=").endsWith("; Max-Age=0; Path=/; SameSite=lax");
    }

    @Test
    void responsesCarryEveryCookie() {
        Response response = Response.text("hi")
                .setCookie("a", "1")
                .setCookie(SetCookie.of("b", "2").httpOnly(true));
        assertThat(response.headers().getAll("set-cookie"))
                .containsExactly("a=1; Path=/; SameSite=lax", "b=2; HttpOnly; Path=/; SameSite=lax");
    }

    @Test
    void redirectsTakeAStatusAndQuoteTheirLocation() {
        Response found = Response.redirect("https://docs.pydantic.dev/", 302);
        assertThat(found.status()).isEqualTo(302);
        assertThat(found.headers().get("location")).isEqualTo("https://docs.pydantic.dev/");
        assertThat(Response.redirect("/caf\u00e9 x?q=a b").headers().get("location"))
                .isEqualTo("/caf%C3%A9%20x?q=a%20b");
        assertThat(Response.redirect("/a").status()).isEqualTo(307);
    }
}
