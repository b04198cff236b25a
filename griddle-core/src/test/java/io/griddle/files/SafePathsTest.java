package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafePathsTest {

    @Test
    void emptyAndDotSegmentsAreDropped() {
        assertThat(SafePaths.segments("/")).isEmpty();
        assertThat(SafePaths.segments("")).isEmpty();
        assertThat(SafePaths.segments("/css//./site.css")).containsExactly("css", "site.css");
        assertThat(SafePaths.segments("//etc/passwd")).containsExactly("etc", "passwd");
        assertThat(SafePaths.segments("/dir/")).containsExactly("dir");
    }

    @Test
    void parentsNulAndBackslashesAreRefused() {
        assertThat(SafePaths.segments("/../secret")).isNull();
        assertThat(SafePaths.segments("/a/..")).isNull();
        assertThat(SafePaths.segments("..")).isNull();
        assertThat(SafePaths.segments("/a\0.txt")).isNull();
        assertThat(SafePaths.segments("/..\\secret")).isNull();
        assertThat(SafePaths.segments("/a\\b")).isNull();
    }

    @Test
    void namesThatOnlyLookLikeParentsAreNames() {
        assertThat(SafePaths.segments("/...")).containsExactly("...");
        assertThat(SafePaths.segments("/..a/%2e%2e")).containsExactly("..a", "%2e%2e");
    }
}
