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
}
