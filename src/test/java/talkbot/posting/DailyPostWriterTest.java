package talkbot.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.config.WhenQuiet;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.TestCorpora;

/** The daily post: what is new leads, at most 6 points and 1,200 characters, absolute dates, a source line per article. */
class DailyPostWriterTest {
    static final LocalDate JUNE_11 = LocalDate.of(2025, 6, 11);
    static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?! \\d)");

    /** What the corpus is about, as titles name it (a corpus's bot.properties says it). */
    static final String TOPIC = "US–China trade talks in London";

    @TempDir
    Path tmp;

    static DailyPostWriter writer(Path dir, WhenQuiet quiet) {
        Corpus c = CorpusLoader.load(dir);
        return new DailyPostWriter(c, new CorpusSummarizer(c, TOPIC), quiet, TOPIC);
    }

    static List<String> lines(Reply r) {
        List<String> out = new ArrayList<>();
        for (Section s : r.sections()) {
            if (s.title() != null) {
                out.add(s.title());
            }
            if (s.text() != null) {
                out.add(s.text());
            }
        }
        return out;
    }

    static List<String> points(Reply r) {
        return lines(r).stream().filter(l -> l.startsWith("• ")).toList();
    }

    static List<String> after(Reply r, String heading) {
        List<String> l = lines(r);
        int i = l.indexOf(heading);
        return i < 0 ? List.of() : l.subList(i + 1, l.size());
    }

    /** Every weekday the post names is followed by its day of the month. */
    static void datesAreAbsolute(Reply r) {
        for (String line : lines(r)) {
            Matcher m = WEEKDAY.matcher(line);
            assertThat(m.find()).as("a weekday without its date in: %s", line).isFalse();
        }
    }

    @Test
    void aChatsFirstPostIsTheKeyPointsWithinTheLimits() {
        DailyPost post = writer(TestCorpora.REAL, WhenQuiet.SHORT).write(null, JUNE_11, "telegram");
        Reply r = post.reply();
        assertThat(r.sections().get(0).title()).startsWith("US–China trade talks in London: key points as of Monday 9 June 2025");
        assertThat(lines(r)).doesNotContain(DailyPostWriter.NEW_HEADING);
        assertThat(points(r)).hasSizeBetween(4, DailyPostWriter.MAX_POINTS)
                .anyMatch(p -> p.contains("London, Monday 9 June"))
                .anyMatch(p -> p.contains("He Lifeng"))
                .noneMatch(p -> p.startsWith("• Next:")); // "What's next" says it
        assertThat(DailyPostWriter.length(r)).isLessThanOrEqualTo(DailyPostWriter.MAX_CHARS);
        assertThat(after(r, "Source")).containsExactly("US and China resume high-level trade talks in London — "
                + "News report (shared/corpus/us-china-london-talks.txt), Monday 9 June 2025");
        assertThat(post.articleIds()).containsExactly(TestCorpora.MAIN);
        datesAreAbsolute(r);
    }

    @Test
    void whatIsNewSinceTheLastPostLeadsWithItsDateAndEachArticleHasOneSourceLine() throws IOException {
        Path grown = TestCorpora.grown(tmp.resolve("grown"));
        Reply r = writer(grown, WhenQuiet.SHORT).write(Set.of(TestCorpora.MAIN), JUNE_11, "telegram").reply();
        List<String> lines = lines(r);
        assertThat(lines.get(1)).isEqualTo(DailyPostWriter.NEW_HEADING);
        assertThat(lines.get(2)).isEqualTo("• Tuesday 10 June: Negotiators from the United States and China met for a"
                + " second day at Lancaster House in London on Tuesday 10 June. [1]");
        assertThat(lines.get(3)).isEqualTo(DailyPostWriter.KEY_HEADING);
        assertThat(points(r)).hasSizeLessThanOrEqualTo(DailyPostWriter.MAX_POINTS);
        assertThat(points(r).subList(1, points(r).size())).allMatch(p -> p.endsWith(" [2]"));
        assertThat(after(r, "Sources")).containsExactly(
                "[1] Talks run into a second day in London — Test fixture, Tuesday 10 June 2025",
                "[2] US and China resume high-level trade talks in London — News report"
                        + " (shared/corpus/us-china-london-talks.txt), Monday 9 June 2025");
        assertThat(DailyPostWriter.length(r)).isLessThanOrEqualTo(DailyPostWriter.MAX_CHARS);
        datesAreAbsolute(r);
    }

    @Test
    void manyNewArticlesStillMakeAtMostSixPointsAnd1200Characters() throws IOException {
        Path dir = TestCorpora.grown(tmp.resolve("many"));
        for (int i = 1; i <= 9; i++) {
            String id = "update-" + i;
            Files.writeString(dir.resolve(id + ".meta.properties"), "title=Update " + i + " on the US–China trade talks,"
                    + " with a long headline that goes on and on about tariffs, rare earths and export controls\n"
                    + "published=2025-06-" + (11 + i % 5) + "\nsource=Fixture Wire\nurl=https://wire.example/2025/06/"
                    + id + "/a-long-path-for-a-long-story-about-the-trade-talks-between-the-us-and-china\n");
            Files.writeString(dir.resolve(id + ".txt"), ("Negotiators from the United States and China met again on"
                    + " Friday in London for round " + i + " of talks about tariffs and export controls on rare earth"
                    + " minerals and chip design software, which both sides say matter for their industries and for the"
                    + " jobs of millions of workers in factories on both sides of the Pacific Ocean this year. ").repeat(2) + "\n");
        }
        Reply r = writer(dir, WhenQuiet.SHORT).write(Set.of(TestCorpora.MAIN), LocalDate.of(2025, 6, 16), "telegram").reply();
        assertThat(points(r)).hasSizeBetween(1, DailyPostWriter.MAX_POINTS);
        assertThat(DailyPostWriter.length(r)).isLessThanOrEqualTo(DailyPostWriter.MAX_CHARS);
        assertThat(lines(r).get(1)).matches("New since your last post \\(\\d of 10 new articles\\)");
        assertThat(points(r).get(0)).startsWith("• Sunday 15 June: "); // newest first by article date
        List<String> sources = after(r, "Sources");
        assertThat(sources).doesNotHaveDuplicates();
        for (String p : points(r)) {
            String ref = p.substring(p.lastIndexOf('[')); // every point's article has its line
            assertThat(sources).anyMatch(s -> s.startsWith(ref + " "));
        }
        datesAreAbsolute(r);
    }

    @Test
    void aQuietDayIsTwoLinesOrNoPost() throws IOException {
        Path grown = TestCorpora.grown(tmp.resolve("grown"));
        Set<String> all = Set.of(TestCorpora.MAIN, TestCorpora.SECOND);
        DailyPost shortPost = writer(grown, WhenQuiet.SHORT).write(all, JUNE_11, "telegram");
        assertThat(lines(shortPost.reply())).containsExactly(
                "US–China trade talks in London: no new articles since Tuesday 10 June.",
                "/summary for the full picture.");
        assertThat(lines(writer(grown, WhenQuiet.SHORT).write(all, JUNE_11, "slack").reply()).get(1))
                .isEqualTo("/talks summary for the full picture.");
        DailyPost skipped = writer(grown, WhenQuiet.SKIP).write(all, JUNE_11, "telegram");
        assertThat(skipped.skipped()).isTrue();
        assertThat(skipped.articleIds()).isEqualTo(all);
        // an article removed since is not news either
        assertThat(writer(TestCorpora.REAL, WhenQuiet.SKIP).write(all, JUNE_11, "telegram").skipped()).isTrue();
    }

    @Test
    void whatsNextIsTheNextDatedStepOrElseTheLastOneAnnounced() {
        DailyPostWriter w = writer(TestCorpora.REAL, WhenQuiet.SHORT);
        List<String> monday = lines(w.write(null, LocalDate.of(2025, 6, 9), "telegram").reply());
        assertThat(monday).contains("What's next, Monday 9 June: The United States and China are set to resume"
                + " high-level trade talks in London on Monday 9 June.");
        List<String> tuesday = lines(w.write(null, LocalDate.of(2025, 6, 10), "telegram").reply());
        assertThat(tuesday).anyMatch(l -> l.startsWith("What's next, Tuesday 10 June: “We need China to comply")
                && l.contains("discussing tomorrow [Tuesday 10 June],” Leavitt said."));
        List<String> later = lines(w.write(null, LocalDate.of(2026, 1, 5), "telegram").reply());
        assertThat(later).contains("Last announced step, July 2025: A China-EU summit is expected in July,"
                + " marking 50 years of diplomatic relations between the two.");
    }

    @Test
    void theSameInputsGiveTheSamePost() {
        DailyPostWriter w = writer(TestCorpora.REAL, WhenQuiet.SHORT);
        assertThat(w.write(Set.of("gone"), JUNE_11, "telegram")).isEqualTo(w.write(Set.of("gone"), JUNE_11, "telegram"));
    }

    @Test
    void relativeDatesAreReadAgainstTheArticlesDay() {
        LocalDate thursday = LocalDate.of(2025, 6, 12);
        assertThat(PostDates.absolute("Talks resumed on Monday in London.", thursday, thursday))
                .isEqualTo("Talks resumed on Monday 9 June in London.");
        assertThat(PostDates.absolute("Exports fell last month, officials said yesterday.", thursday, thursday))
                .isEqualTo("Exports fell last month (June 2025), officials said yesterday (Wednesday 11 June).".replace(
                        "June 2025", "May 2025"));
        assertThat(PostDates.absolute("“We will meet on Monday,” he said.", thursday, thursday))
                .isEqualTo("“We will meet on Monday [Monday 16 June],” he said.");
        assertThat(PostDates.absolute("The truce of 12 May holds.", thursday, thursday)).isEqualTo("The truce of 12 May holds.");
        assertThat(PostDates.label(thursday, LocalDate.of(2026, 1, 1))).isEqualTo("Thursday 12 June 2025");
    }
}
