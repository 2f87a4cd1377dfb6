package talkbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import talkbot.corpus.Article;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.SentenceSplitter;

/** The on-disk index: opened rather than rebuilt, kept in step article by article, rebuilt when it cannot be used. */
class IndexStoreTest {
    static final Corpus BASE = CorpusLoader.load(Path.of("corpus"));

    @TempDir
    Path tmp;

    Path dir;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger storeLog = (Logger) LoggerFactory.getLogger(IndexStore.class);

    @BeforeEach
    void setUp() {
        dir = tmp.resolve("index");
        log.start();
        storeLog.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        storeLog.detachAppender(log);
    }

    List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    static String millis(ILoggingEvent e) {
        return e.getFormattedMessage().replaceAll(".* in (\\d+) ms$", "$1");
    }

    static Article article(String id, String text) {
        return new Article(new ArticleInfo(id, "About " + id, LocalDate.of(2025, 7, 1), "test"), SentenceSplitter.split(id, text));
    }

    static Corpus without(Corpus c, String id) {
        List<Article> kept = new ArrayList<>(c.articles());
        kept.removeIf(a -> a.id().equals(id));
        return new Corpus(kept, c.facts(), c.entities(), c.synonymRules());
    }

    /** The article ids of the sentences a search for the words finds. */
    static List<String> found(CorpusIndex index, String words) {
        return index.searchSentences(index.analysis().queryTerms(words), 10).stream()
                .map(h -> index.sentence(h.ord()).articleId()).toList();
    }

    @Test
    void articlesAreAddedReplacedAndRemovedOneByOne_andAnOlderViewKeepsWhatItSaw() {
        Corpus withNew = BASE.withArticles(List.of(article("zinc-note", "Quorvex officials discussed zinc quotas on Monday.")));
        Corpus changed = BASE.withArticles(List.of(article("zinc-note", "Quorvex officials discussed nickel quotas on Monday.")));
        try (IndexStore store = IndexStore.open(dir)) {
            assertThat(store.sync(BASE)).isEqualTo(new IndexStore.Sync(1, 0, 0, 0));
            CorpusIndex first = store.view(BASE);
            assertThat(found(first, "Quorvex")).isEmpty();

            assertThat(store.sync(withNew)).isEqualTo(new IndexStore.Sync(1, 0, 0, 1));
            try (CorpusIndex second = store.view(withNew)) {
                assertThat(found(second, "Quorvex zinc")).first().isEqualTo("zinc-note");
                assertThat(found(first, "Quorvex")).as("a view keeps the reader it was made with").isEmpty();
            }

            assertThat(store.sync(changed)).isEqualTo(new IndexStore.Sync(0, 1, 0, 1));
            try (CorpusIndex third = store.view(changed)) {
                assertThat(found(third, "nickel")).containsExactly("zinc-note");
                assertThat(found(third, "zinc")).as("the old text is replaced, not kept beside the new").isEmpty();
                assertThat(third.vocabulary().contains("quorvex")).isTrue();
            }

            assertThat(store.sync(BASE)).isEqualTo(new IndexStore.Sync(0, 0, 1, 1));
            try (CorpusIndex fourth = store.view(BASE)) {
                assertThat(found(fourth, "Quorvex nickel")).isEmpty();
                assertThat(fourth.knows(fourth.analysis().queryTerms("nickel").get(0))).isFalse();
            }
            first.close();
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void aSecondOpenOfAnUnchangedCorpusIndexesNothing() {
        Corpus two = BASE.withArticles(List.of(article("zinc-note", "Quorvex officials discussed zinc quotas on Monday.")));
        try (IndexStore store = IndexStore.open(dir)) {
            assertThat(store.rebuilt()).isFalse();
            assertThat(store.sync(two).added()).isEqualTo(2);
        }
        try (IndexStore store = IndexStore.open(dir)) {
            assertThat(store.rebuilt()).isFalse();
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.sync(two)).isEqualTo(new IndexStore.Sync(0, 0, 0, 2));
            try (CorpusIndex index = store.view(two)) {
                assertThat(found(index, "Quorvex zinc")).first().isEqualTo("zinc-note");
                assertThat(found(index, "rare earth exports")).contains(BASE.articles().get(0).id());
            }
        }
        assertThat(warnings()).isEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("index: 2 added, 0 replaced, 0 removed, 0 unchanged in " + millis(log.list.get(0)) + " ms");
    }

    @Test
    void anIndexOfAnotherFormatIsRebuiltWithOneLogLine() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.sync(BASE);
        }
        try (FSDirectory d = FSDirectory.open(dir);
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of(IndexStore.FORMAT_KEY, "0").entrySet());
            w.commit();
        }
        try (IndexStore store = IndexStore.open(dir)) {
            assertThat(store.rebuilt()).isTrue();
            assertThat(store.articleCount()).isZero();
            assertThat(store.sync(BASE).added()).isEqualTo(1);
            try (CorpusIndex index = store.view(BASE)) {
                assertThat(found(index, "rare earth exports")).isNotEmpty();
            }
        }
        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0)).contains("rebuilding", "format is 0");
    }

    @Test
    void aCorruptIndexIsRebuiltWithOneLogLine() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.sync(BASE);
        }
        Path largest;
        try (Stream<Path> files = Files.list(dir)) {
            largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 16; i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(largest, bytes);
        try (IndexStore store = IndexStore.open(dir)) {
            assertThat(store.rebuilt()).isTrue();
            assertThat(store.sync(BASE).added()).isEqualTo(1);
            try (CorpusIndex index = store.view(BASE)) {
                assertThat(found(index, "rare earth exports")).isNotEmpty();
            }
        }
        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0)).contains("rebuilding", "cannot be read");
        try (IndexStore store = IndexStore.open(dir)) {
            assertThat(store.rebuilt()).as("rebuilt once, then opened as it is").isFalse();
        }
    }

    @Test
    void aSecondProcessCannotOpenTheSameIndex() {
        try (IndexStore store = IndexStore.open(dir)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> IndexStore.open(dir)))
                    .isInstanceOf(IndexException.class).hasMessageContaining("in use");
        }
    }

    @Test
    void aViewClosedUnderARunningSearchKeepsItsReaderUntilTheSearchLetsGo() {
        try (IndexStore store = IndexStore.open(dir)) {
            store.sync(BASE);
            CorpusIndex index = store.view(BASE);
            assertThat(index.tryRetain()).isTrue();
            store.sync(BASE.withArticles(List.of(article("zinc-note", "Quorvex officials discussed zinc quotas."))));
            index.close(); // replaced while a question is being answered
            assertThat(found(index, "rare earth exports")).isNotEmpty();
            assertThat(found(index, "Quorvex")).isEmpty();
            index.release();
            assertThat(index.tryRetain()).as("closed once the last search let go").isFalse();
        }
    }

    @Test
    void aVocabularyGrownByAddedArticlesCorrectsAsOneBuiltWhole() {
        Corpus one = BASE.withArticles(List.of(article("tariff-deal", "Negotiators agreed a tariff framework in Lisbon. "
                + "The Portuguese hosts praised the agreement.")));
        Corpus two = one.withArticles(List.of(article("quota-deal", "Fishery ministers approved new herring quotas in Reykjavik. "
                + "Icelandic trawlermen welcomed the quotas.")));
        List<String> asked = List.of("herrng", "reykjavk", "lisbn", "portugese", "tarif", "bessant", "trawlermn", "quotass", "framwork");
        try (IndexStore store = IndexStore.open(dir)) {
            store.sync(one);
            try (CorpusIndex first = store.view(one)) {
                assertThat(first.vocabulary().contains("herring")).isFalse();
            }
            store.sync(two);
            try (CorpusIndex grown = store.view(two)) {
                Vocabulary whole = CorpusIndex.vocabulary(grown.reader(), two);
                assertThat(grown.vocabulary().added()).isPositive(); // grown, not read whole again
                assertThat(grown.vocabulary().size()).isEqualTo(whole.size());
                for (String w : asked) {
                    assertThat(grown.vocabulary().correct(w)).as(w).isEqualTo(whole.correct(w));
                    assertThat(grown.vocabulary().correct(w)).as(w).isEqualTo(grown.vocabulary().correctByScan(w));
                }
                assertThat(grown.vocabulary().correct("herrng")).contains("herring");
            }
            // an article removed: the next vocabulary is read whole, and forgets its words
            store.sync(one);
            try (CorpusIndex shrunk = store.view(one)) {
                assertThat(shrunk.vocabulary().added()).isZero();
                assertThat(shrunk.vocabulary().correct("herrng")).isEmpty();
            }
        }
    }
}
