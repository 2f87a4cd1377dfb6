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
    }
}
