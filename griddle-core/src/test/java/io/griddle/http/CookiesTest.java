package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CookiesTest {

    @Test
    void noHeaderMeansNoCookies() {
        assertThat(Cookies.parse(List.of())).isEmpty();
    }

    @Test
    void readsPairsInOrder() {
        Map<String, String> cookies = Cookies.parse(List.of("session=abc123; theme=dark; lang=en"));

        assertThat(cookies)
                .containsExactly(Map.entry("session", "abc123"), Map.entry("theme", "dark"), Map.entry("lang", "en"));
    }

    @Test
    void stripsWhitespaceAroundNamesAndValues() {
        assertThat(Cookies.parse(List.of("  a = 1 ;b=2  "))).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void unquotesQuotedValues() {
        assertThat(Cookies.parse(List.of("name=\"John Doe\"; lone=\"")))
                .containsEntry("name", "John Doe")
                .containsEntry("lone", "\"");
    }

    @Test
    void valueMayContainEqualsSigns() {
        assertThat(Cookies.parse(List.of("token=abc==; x=a=b")))
                .containsEntry("token", "abc==")
                .containsEntry("x", "a=b");
    }

    @Test
    void laterDuplicateWinsAcrossHeaders() {
        Map<String, String> cookies = Cookies.parse(List.of("a=1; b=2; a=3", "b=4"));

        assertThat(cookies).containsExactly(Map.entry("a", "3"), Map.entry("b", "4"));
    }

    @Test
    void pairWithoutEqualsSignHasAnEmptyName() {
        assertThat(Cookies.parse(List.of("flag; a=1")))
                .containsEntry("", "flag")
                .containsEntry("a", "1");
    }

    @Test
    void emptyPiecesAreIgnored() {
        assertThat(Cookies.parse(List.of("a=1;; ;b=2;"))).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void emptyValueIsKept() {
        assertThat(Cookies.parse(List.of("a=; b=2"))).containsEntry("a", "").containsEntry("b", "2");
    }
}
