package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import talkbot.bench.SyntheticArticles;
import talkbot.corpus.Article;
import talkbot.corpus.Sentence;

/** The start-character lookaheads on WHEN and FIGURE must not change a single match. */
class SpanExtractorTest {
    private static final String[] PIECES = {
        "January", "May", "June", "Monday", "Sunday", "last week", "next month", "mid-year", "early weekend",
        "yesterday", "today", "tonight", "2025", "1999", "12", "3.5", "1,200", "$28.8 billion", "€5m", "£3 bn",
        "¥7tn", "145%", "12.7 percent", "4 per cent", "90-day", "3 weeks", "up to", "about", "more than", "some",
        "roughly", "over", "nearly", "almost", "around", "the", "tariffs", "in", "on", " ", " ", ", ", ".", "-",
        "Mayor", "Today's", "x2025y", "A", "s", "u", "M", "T", "“", "”"};

    @Test
    void lookaheadsKeepEveryMatch() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("corpus/us-china-london-talks.txt"))) {
            texts.add(line);
        }
        for (Article a : SyntheticArticles.generate(200, 7)) {
            for (Sentence s : a.sentences()) {
                texts.add(s.text());
            }
        }
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(r.nextInt(5) == 0 ? String.valueOf((char) (32 + r.nextInt(95))) : PIECES[r.nextInt(PIECES.length)]);
                if (r.nextBoolean()) {
                    b.append(' ');
                }
            }
            texts.add(b.toString());
        }
        assertSameMatches(SpanExtractor.FIGURE, SpanExtractor.FIGURE_STARTS, texts);
        assertSameMatches(SpanExtractor.WHEN, SpanExtractor.WHEN_STARTS, texts);
    }

    private static void assertSameMatches(Pattern fast, String lookahead, List<String> texts) {
        assertThat(fast.pattern()).startsWith(lookahead);
        Pattern plain = Pattern.compile(fast.pattern().substring(lookahead.length()));
        int matched = 0;
        for (String t : texts) {
            List<String> expected = matches(plain, t);
            assertThat(matches(fast, t)).as(t).isEqualTo(expected);
            matched += expected.size();
        }
        assertThat(matched).as("the texts exercise the pattern").isGreaterThan(10_000);
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }
}
