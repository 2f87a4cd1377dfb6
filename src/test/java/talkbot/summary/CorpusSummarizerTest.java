package talkbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.chat.ChatService;
import talkbot.chat.Reply;
import talkbot.corpus.Citation;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;

/** The summary of the real corpus, and of the real corpus plus a small article without facts. */
class CorpusSummarizerTest {
    static final Path REAL = TestCorpora.REAL;
    static final String MAIN = TestCorpora.MAIN;
    static final String SECOND = TestCorpora.SECOND;
    static final String SECOND_LEAD = "Negotiators from the United States and China met for a second day at Lancaster"
            + " House in London on Tuesday, as both sides tried to shore up their fragile tariff truce.";

    @TempDir
    static Path temp;

    static Path grown;
    static Path alone;

    @BeforeAll
    static void corpora() throws IOException {
        grown = TestCorpora.grown(temp.resolve("grown"));
        alone = TestCorpora.secondArticle(temp.resolve("alone"));
    }

    static Summary summarize(Path corpus, Set<String> seen) {
        return new CorpusSummarizer(CorpusLoader.load(corpus)).summarize(seen);
    }

    @Test
    void theRealCorpusGivesFiveToEightPointsEachCitingASentenceOfItsArticleVerbatim() throws IOException {
        Summary s = summarize(REAL, null);
        assertThat(s.points()).hasSizeBetween(5, 8);
        assertCitedVerbatim(REAL, s.points());
        assertThat(s.newSince()).isEmpty();
        assertThat(s.articleIds()).containsExactly(MAIN);
        assertThat(s.title()).contains("9 June 2025");
    }

    @Test
    void theRealCorpusSummaryCoversWhereWhenWhoTheStickingPointsTheFiguresAndWhatIsNext() {
        List<String> texts = summarize(REAL, null).points().stream().map(KeyPoint::text).toList();
        assertThat(texts.get(0)).contains("London").contains("Monday");
        assertThat(texts).anyMatch(t -> t.contains("China delegation") && t.contains("led by Vice Premier He Lifeng"));
        assertThat(texts).anyMatch(t -> t.contains("United States delegation") && t.contains("Scott Bessent")
                && t.contains("Howard Lutnick") && t.contains("Jamieson Greer"));
        assertThat(texts).anyMatch(t -> t.contains("sticking point") && t.contains("rare earth"));
        assertThat(texts).anyMatch(t -> t.contains("145%"));
        assertThat(texts).anyMatch(t -> t.contains("$28.8 billion"));
        assertThat(texts.get(texts.size() - 1)).startsWith("Next:").contains("July");
        // the second rare-earth issue repeats the first, so it is left out
        assertThat(texts).noneMatch(t -> t.contains("export controls on rare earths"));
    }

    @Test
    void deterministic() {
        Summary a = summarize(REAL, null);
        CorpusSummarizer summarizer = new CorpusSummarizer(CorpusLoader.load(REAL));
        assertThat(summarizer.summarize(null)).isEqualTo(a).isEqualTo(summarizer.summarize(null));
        assertThat(summarize(grown, Set.of(MAIN))).isEqualTo(summarize(grown, Set.of(MAIN)));
    }

    @Test
    void anArticleWithoutFactsStillContributes() throws IOException {
        Summary s = summarize(grown, null);
        assertThat(s.points()).hasSizeBetween(5, 8);
        assertCitedVerbatim(grown, s.points());
        assertThat(s.points()).anyMatch(p -> p.source().articleId().equals(SECOND)
                && p.source().sentence().equals(SECOND_LEAD));
        assertThat(s.articleIds()).containsExactlyInAnyOrder(MAIN, SECOND);
        assertThat(s.title()).contains("10 June 2025");
        // the kinds of point still each have one: a point of a kind goes before the second of another
        List<String> texts = s.points().stream().map(KeyPoint::text).toList();
        assertThat(texts.get(0)).contains("London");
        assertThat(texts).anyMatch(t -> t.contains("He Lifeng"));
        assertThat(texts).anyMatch(t -> t.contains("sticking point"));
        assertThat(texts).anyMatch(t -> t.contains("$28.8 billion"));
        assertThat(texts.get(texts.size() - 1)).startsWith("Next:");
    }

    @Test
    void everyArticleHasItsSayEvenThoseWhoseFactsAreOnlyReadOffTheText() throws IOException {
        // neither added article has a facts file: the loader reads titles, leaders and quotations off
        // their text (the second-day article gets Howard Lutnick's title, the mackerel one two delegation
        // leaders), which make none of the kinds of point, so each contributes its lead
        Path three = TestCorpora.withMackerel(TestCorpora.grown(temp.resolve("three")));
        Summary s = summarize(three, null);
        assertThat(s.points()).hasSize(8);
        assertThat(s.points()).extracting(p -> p.source().articleId())
                .contains(MAIN, SECOND, "norway-iceland-mackerel");
        assertCitedVerbatim(three, s.points());
        List<String> texts = s.points().stream().map(KeyPoint::text).toList();
        assertThat(texts).anyMatch(t -> t.contains("He Lifeng"));
        assertThat(texts).noneMatch(t -> t.contains("Norwegian delegation"));
        assertThat(texts.get(texts.size() - 1)).startsWith("Next:");
    }

    @Test
    void whatIsNewSinceTheLastPostLeads() throws IOException {
        Summary s = summarize(grown, Set.of(MAIN));
        assertThat(s.newSince()).hasSize(1);
        KeyPoint fresh = s.newSince().get(0);
        assertThat(fresh.source().articleId()).isEqualTo(SECOND);
        assertThat(fresh.source().sentence()).isEqualTo(SECOND_LEAD);
        assertThat(fresh.text()).isEqualTo("Negotiators from the United States and China met for a second day at"
                + " Lancaster House in London on Tuesday.");
        assertCitedVerbatim(grown, s.newSince());

        Reply r = ChatService.render(s);
        assertThat(r.sections().get(1).title()).isEqualTo("New since the last summary");
        assertThat(r.sections().get(2).quotes()).extracting(Citation::articleId).containsExactly(SECOND);
    }

    @Test
    void nothingIsNewWhenTheChatHasSeenEveryArticleOrNeverHadAPost() {
        assertThat(summarize(grown, Set.of(MAIN, SECOND)).newSince()).isEmpty();
        assertThat(summarize(grown, Set.of(MAIN, SECOND, "an-article-since-removed")).newSince()).isEmpty();
        assertThat(summarize(grown, null).newSince()).isEmpty();
    }

    @Test
    void everyArticleIsNewToAChatWhoseLastPostCoveredNone() {
        List<KeyPoint> fresh = summarize(grown, Set.of()).newSince();
        assertThat(fresh).extracting(p -> p.source().articleId()).containsExactly(SECOND, MAIN); // newest first
    }

    @Test
    void aCorpusWithoutAnyFactsStillGetsFivePoints() throws IOException {
        Summary s = summarize(alone, null);
        assertThat(s.points()).hasSize(5);
        assertThat(s.points()).allMatch(p -> p.source().articleId().equals(SECOND));
        assertThat(s.points().get(0).source().sentence()).isEqualTo(SECOND_LEAD);
        assertCitedVerbatim(alone, s.points());
    }

    @Test
    void aFactReadsAsAClauseWhenItsSubjectRunsOnIntoItsValue() {
        assertThat(CorpusSummarizer.phrase("China and Canada agreed", "to regularize their trade communications"))
                .isEqualTo("China and Canada agreed to regularize their trade communications");
        assertThat(CorpusSummarizer.phrase("Trump accused Beijing of", "breaching a deal."))
                .isEqualTo("Trump accused Beijing of breaching a deal");
        assertThat(CorpusSummarizer.phrase("The summit marks", "50 years of relations"))
                .isEqualTo("The summit marks 50 years of relations");
        assertThat(CorpusSummarizer.phrase("The key sticking point", "China’s reduced exports"))
                .isEqualTo("The key sticking point: China’s reduced exports");
        assertThat(CorpusSummarizer.phrase("The lingering disagreement that remains unresolved", "China’s controls"))
                .isEqualTo("The lingering disagreement that remains unresolved: China’s controls");
        assertThat(CorpusSummarizer.phrase("Rare earth minerals", "essential for batteries"))
                .isEqualTo("Rare earth minerals: essential for batteries");
    }

    @Test
    void aLongSentenceIsCondensedToItsFirstClauseButNeverInsideAQuotation() {
        String shortOne = "Commerce Secretary Howard Lutnick told reporters that the talks were going well.";
        assertThat(CorpusSummarizer.condense(shortOne)).isEqualTo(shortOne);
        assertThat(CorpusSummarizer.condense(SECOND_LEAD)).isEqualTo("Negotiators from the United States and China"
                + " met for a second day at Lancaster House in London on Tuesday.");
        String quoted = "“We want China and the United States to continue moving forward, with the agreement that was"
                + " struck in Geneva and everything else besides,” said a spokesperson at some considerable length.";
        assertThat(CorpusSummarizer.condense(quoted)).isEqualTo(quoted);
        String dashed = "A key sticking point in the negotiations is China’s reduced exports of rare earth minerals"
                + " — essential for manufacturing items like electric vehicle batteries.";
        assertThat(CorpusSummarizer.condense(dashed)).isEqualTo(
                "A key sticking point in the negotiations is China’s reduced exports of rare earth minerals.");
    }

    /** Each point's sentence is in its article's file as written, and the citation names that article. */
    static void assertCitedVerbatim(Path corpusDir, List<KeyPoint> points) throws IOException {
        Corpus corpus = CorpusLoader.load(corpusDir);
        for (KeyPoint p : points) {
            Citation c = p.source();
            String text = Files.readString(corpusDir.resolve(c.articleId() + ".txt"));
            assertThat(text).as("the sentence of \"%s\"", p.text()).contains(c.sentence());
            assertThat(c.articleTitle()).isEqualTo(corpus.article(c.articleId()).info().title());
            assertThat(c.published()).isEqualTo(corpus.article(c.articleId()).info().published());
            assertThat(p.text()).isNotBlank();
        }
    }
}
