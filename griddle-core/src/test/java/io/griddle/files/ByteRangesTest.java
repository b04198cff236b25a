package io.griddle.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByteRangesTest {

    private static List<long[]> ranges(String header, long size) {
        ByteRanges.Parsed parsed = ByteRanges.parse(header, size);
        assertThat(parsed).isInstanceOf(ByteRanges.Ranges.class);
        return ((ByteRanges.Ranges) parsed).ranges();
    }

    @Test
    void firstLastAndSuffixForms() {
        assertThat(ranges("bytes=0-99", 1000)).containsExactly(new long[] {0, 100});
        assertThat(ranges("bytes=500-", 1000)).containsExactly(new long[] {500, 1000});
        assertThat(ranges("bytes=-200", 1000)).containsExactly(new long[] {800, 1000});
        assertThat(ranges("BYTES = 5-5", 10)).containsExactly(new long[] {5, 6});
    }

    @Test
    void aLastBeyondTheEndIsCutAndASuffixLongerThanTheFileIsTheWholeFile() {
        assertThat(ranges("bytes=5-5000", 10)).containsExactly(new long[] {5, 10});
        assertThat(ranges("bytes=-5000", 10)).containsExactly(new long[] {0, 10});
    }

    @Test
    void severalRangesAreSortedAndOverlapsMerged() {
        assertThat(ranges("bytes=50-59, 0-9, 5-14, 100-", 120))
                .containsExactly(new long[] {0, 15}, new long[] {50, 60}, new long[] {100, 120});
        assertThat(ranges("bytes=0-0,-1", 10)).containsExactly(new long[] {0, 1}, new long[] {9, 10});
    }

    @Test
    void unsatisfiableWhenNoRangeStartsInTheFile() {
        assertThat(ByteRanges.parse("bytes=10-20", 10)).isInstanceOf(ByteRanges.Unsatisfiable.class);
        assertThat(ByteRanges.parse("bytes=-0", 10)).isInstanceOf(ByteRanges.Unsatisfiable.class);
        assertThat(ByteRanges.parse("bytes=0-", 0)).isInstanceOf(ByteRanges.Unsatisfiable.class);
        // one satisfiable range is enough; the others are dropped
        assertThat(ranges("bytes=20-30,0-1", 10)).containsExactly(new long[] {0, 2});
    }

    @Test
    void malformedHeaders() {
        for (String header :
                List.of("bytes", "items=0-1", "bytes=", "bytes=a-b", "bytes=-", "bytes=1-0", "bytes=+1-2", "bytes=1")) {
            assertThat(ByteRanges.parse(header, 100)).as(header).isInstanceOf(ByteRanges.Malformed.class);
        }
        assertThat(ByteRanges.parse("bytes=99999999999999999999-", 100)).isInstanceOf(ByteRanges.Malformed.class);
    }

    @Test
    void tooManyRangesAreIgnored() {
        String many = "bytes=" + "0-0,".repeat(ByteRanges.MAX_RANGES) + "1-1";
        assertThat(ByteRanges.parse(many, 100)).isInstanceOf(ByteRanges.Whole.class);
    }
}
