package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    @Test
    void knowsTheDictionarysWordsFromFirstToLastAndNothingElse() {
        assertThat(EnglishWords.contains("a")).isTrue(); // the first line
        assertThat(EnglishWords.contains("aback")).isTrue();
        assertThat(EnglishWords.contains("steel")).isTrue();
        assertThat(EnglishWords.contains("tariffs")).isTrue();
        assertThat(EnglishWords.contains("zygote")).isTrue();
        assertThat(EnglishWords.contains("zygotes")).isTrue(); // the last line
        assertThat(EnglishWords.contains("tarrifs")).isFalse();
        assertThat(EnglishWords.contains("")).isFalse();
        assertThat(EnglishWords.contains("steel\n")).isFalse();
    }

    @Test
    void theListIsInTheByteOrderItsSearchNeeds() {
        assertThat(EnglishWords.list().size()).isGreaterThan(60_000);
        assertThat(EnglishWords.list().inOrder()).isTrue();
    }

    @Test
    void linesAreFoundWhateverTheirPlaceAndOnlyWholeLines() {
        var lines = EnglishWords.SortedLines.of("ab\nabc\nb\nba\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(lines.inOrder()).isTrue();
        assertThat(java.util.List.of("ab", "abc", "b", "ba")).allMatch(lines::contains);
        assertThat(java.util.List.of("a", "abcd", "bb", "", "é", "ab\n")).noneMatch(lines::contains);
        assertThat(EnglishWords.SortedLines.of("b\na\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).inOrder()).isFalse();
        // no newline after the last line, blank lines, no lines at all
        var unterminated = EnglishWords.SortedLines.of("ab\n\nb".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(unterminated.size()).isEqualTo(2);
        assertThat(unterminated.contains("b")).isTrue();
        assertThat(unterminated.contains("")).isFalse();
        assertThat(EnglishWords.SortedLines.of(new byte[0]).contains("a")).isFalse();
    }

    @Test
    void aLineThatCouldNeverBeFoundIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> EnglishWords.SortedLines.of("ab\r\nb\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("byte 13");
    }
}
