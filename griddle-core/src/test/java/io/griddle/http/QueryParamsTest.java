package io.griddle.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void emptyOrMissingQueryHasNoParameters() {
        assertThat(QueryParams.parse("")).isSameAs(QueryParams.EMPTY);
        assertThat(QueryParams.parse(null)).isSameAs(QueryParams.EMPTY);
        assertThat(QueryParams.EMPTY.get("q")).isNull();
        assertThat(QueryParams.EMPTY.getAll("q")).isEmpty();
        assertThat(QueryParams.EMPTY.contains("q")).isFalse();
    }

    @Test
    void readsNamesAndValues() {
        QueryParams params = QueryParams.parse("q=burger&size=large");

        assertThat(params.get("q")).isEqualTo("burger");
        assertThat(params.get("size")).isEqualTo("large");
        assertThat(params.get("missing")).isNull();
    }

    @Test
    void repeatedNameKeepsEveryValueInOrder() {
        QueryParams params = QueryParams.parse("tag=a&q=x&tag=b&tag=c");

        assertThat(params.get("tag")).isEqualTo("a");
        assertThat(params.getAll("tag")).containsExactly("a", "b", "c");
        assertThat(params.asMap().keySet()).containsExactly("tag", "q");
    }

    @Test
    void nameWithoutValueIsPresentWithEmptyValue() {
        QueryParams params = QueryParams.parse("flag&empty=&x=1");

        assertThat(params.contains("flag")).isTrue();
        assertThat(params.get("flag")).isEmpty();
        assertThat(params.get("empty")).isEmpty();
        assertThat(params.get("x")).isEqualTo("1");
    }

    @Test
    void emptySegmentsAreSkipped() {
        QueryParams params = QueryParams.parse("&&a=1&&b=2&");

        assertThat(params.asMap()).containsOnlyKeys("a", "b");
        assertThat(params.get("a")).isEqualTo("1");
        assertThat(params.get("b")).isEqualTo("2");
    }

    @Test
    void onlyTheFirstEqualsSignSeparatesNameAndValue() {
        QueryParams params = QueryParams.parse("token=abc==&=anonymous");

        assertThat(params.get("token")).isEqualTo("abc==");
        assertThat(params.get("")).isEqualTo("anonymous");
    }

    @Test
    void plusIsASpaceAndEscapesAreUtf8() {
        QueryParams params = QueryParams.parse("q=cheese+burger&name=Caf%C3%A9&plus=1%2B1&sp%20ace=x");

        assertThat(params.get("q")).isEqualTo("cheese burger");
        assertThat(params.get("name")).isEqualTo("Café");
        assertThat(params.get("plus")).isEqualTo("1+1");
        assertThat(params.get("sp ace")).isEqualTo("x");
    }

    @Test
    void malformedEscapesAreKeptAsTheyAre() {
        QueryParams params = QueryParams.parse("a=%zz&b=100%&c=%4");

        assertThat(params.get("a")).isEqualTo("%zz");
        assertThat(params.get("b")).isEqualTo("100%");
        assertThat(params.get("c")).isEqualTo("%4");
    }

    @Test
    void malformedEscapeDoesNotStopTheRestFromDecoding() {
        // As Python's parse_qsl: "+" is still a space and valid escapes still decode next to a malformed one.
        QueryParams params = QueryParams.parse("q=100%+sure&r=a%20b%zz");

        assertThat(params.get("q")).isEqualTo("100% sure");
        assertThat(params.get("r")).isEqualTo("a b%zz");
        assertThat(QueryParams.parse("s=%C3%A9%%41%٣٣").get("s")).isEqualTo("é%A%٣٣");
    }

    @Test
    void asMapCannotBeModified() {
        QueryParams params = QueryParams.parse("a=1");

        assertThat(params.asMap()).isEqualTo(java.util.Map.of("a", List.of("1")));
        assertThatThrownBy(() -> params.asMap().put("b", List.of("2")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
