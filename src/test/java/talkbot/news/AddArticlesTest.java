package talkbot.news;

import talkbot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Answer;
import talkbot.answer.QuestionAnswerer;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.summary.CorpusSummarizer;

/** {@code talkbot add}'s work: files and URLs become articles the core answers from, or are skipped with the reason. */
class AddArticlesTest {
    static final Fetcher.Limits LIMITS = new Fetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(3), 256 * 1024, 3);

    @TempDir
    Path tmp;

    Path corpus;
    NewsDesk desk;
    final TestServer server = new TestServer();

    @BeforeEach
    void setUp() throws IOException {
        corpus = Fixtures.corpus(tmp.resolve("corpus"));
        desk = new NewsDesk(corpus, new MutableClock(Instant.parse("2025-06-12T09:00:00Z")), LIMITS);
    }

    @AfterEach
    void tearDown() {
        desk.close();
        server.close();
    }

    static Answer ask(Path corpus, String question) {
        Corpus c = CorpusLoader.load(corpus);
        return QuestionAnswerer.over(c, new CorpusSummarizer(c)).answer(question);
    }

    @Test
    void aLocalHtmlArticleIsAddedInTheCorpusFormatAndAnswersQuestions() throws IOException {
        Path page = tmp.resolve("framework.html");
        Files.writeString(page, Fixtures.text("framework.html"));
        assertThat(ask(corpus, "What did Lutnick say outside Lancaster House?").answered()).isFalse();

        Outcome o = desk.add(page.toString());
        assertThat(o.kind()).isEqualTo(Outcome.Kind.ADDED);
        assertThat(o.line(page.toString())).isEqualTo(
                "added us-and-china-agree-on-a-framework-to-ease-trade-tensions: US and China agree on a framework to ease trade tensions");
        String meta = Files.readString(corpus.resolve(o.id() + ".meta.properties"));
        assertThat(meta).contains("title=US and China agree on a framework to ease trade tensions\n", "published=2025-06-11\n",
                "source=The Daily Fixture\n", "url=https://news.example/world/us-china-framework\n");
        assertThat(Files.readAllLines(corpus.resolve(o.id() + ".txt"))).hasSize(8).contains("What happens next");
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }

        Corpus loaded = CorpusLoader.load(corpus);
        ArticleInfo info = loaded.article(o.id()).info();
        assertThat(info.url()).isEqualTo("https://news.example/world/us-china-framework");
        assertThat(info.published()).isEqualTo(LocalDate.of(2025, 6, 11));
        Answer a = ask(corpus, "What did Lutnick say outside Lancaster House?");
        assertThat(a.answered()).isTrue();
        assertThat(a.sources()).anyMatch(c -> c.articleId().equals(o.id()));
    }

    @Test
    void theSameArticleTwiceIsADuplicateBySameUrlOrNearIdenticalText() throws IOException {
        Path page = tmp.resolve("framework.html");
        Files.writeString(page, Fixtures.text("framework.html"));
        String id = desk.add(page.toString()).id();

        Outcome again = desk.add(page.toString());
        assertThat(again.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
        assertThat(again.ok()).isTrue();
        assertThat(again.detail()).isEqualTo("already in the corpus (the same URL as " + id + ")");

        // the same story on another site: other URL, other furniture, the same text
        Path copy = tmp.resolve("syndicated.html");
        Files.writeString(copy, Fixtures.text("framework.html").replace("news.example", "other.example")
                .replace("The Daily Fixture", "Other Paper").replace("Treasury Secretary Scott Bessent left London",
                        "Bessent left London"));
        Outcome syndicated = desk.add(copy.toString());
        assertThat(syndicated.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
        assertThat(syndicated.detail()).isEqualTo("already in the corpus (near-identical text to " + id + ")");
    }

    @Test
    void aPlainTextFileWithItsHeadlineOnTheFirstLine() throws IOException {
        Path txt = tmp.resolve("second-day.txt");
        Files.writeString(txt, Fixtures.secondDayText());
        Files.setLastModifiedTime(txt, java.nio.file.attribute.FileTime.from(Instant.parse("2025-06-10T20:00:00Z")));
        Outcome o = desk.add(txt.toString());
        assertThat(o.kind()).as(o.detail()).isEqualTo(Outcome.Kind.ADDED);
        assertThat(o.title()).isEqualTo("Talks run into a second day");
        ArticleInfo info = CorpusLoader.load(corpus).article(o.id()).info();
        assertThat(info.published()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(info.source()).isEqualTo("local file second-day.txt");
        assertThat(info.url()).isEmpty();
    }

    @Test
    void skippedInputsSayWhy() throws IOException {
        Path mackerel = tmp.resolve("mackerel.txt");
        Files.writeString(mackerel, Fixtures.mackerelText());
        Path empty = tmp.resolve("empty.html");
        Files.writeString(empty, "<html><body><nav><a href=/>Home</a></nav><p>Subscribe!</p></body></html>");
        Path pdf = tmp.resolve("report.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F'});
        Path big = tmp.resolve("big.html");
        Files.writeString(big, "<p>" + "x".repeat(300 * 1024) + "</p>");

        assertThat(desk.add(mackerel.toString())).satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Outcome.Kind.OFF_TOPIC);
            assertThat(o.line("mackerel.txt")).startsWith("skipped mackerel.txt: not about the corpus's topic: nothing about china");
        });
        assertThat(desk.add(empty.toString()).detail()).startsWith("empty: no article text found");
        assertThat(desk.add(pdf.toString()).detail()).isEqualTo("not HTML or text (.pdf; add takes .txt, .html and http(s) URLs)");
        assertThat(desk.add(big.toString()).detail()).startsWith("too large: ");
        assertThat(desk.add(tmp.resolve("missing.html").toString()).detail()).isEqualTo("no such file");
        assertThat(desk.add("ftp://example.com/a").detail()).isEqualTo("not an http(s) URL or a file");
        assertThat(Stream.of(desk.add(mackerel.toString()), desk.add(empty.toString()), desk.add(pdf.toString())))
                .noneMatch(Outcome::ok);
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.filter(p -> p.toString().endsWith(".txt")).count()).isEqualTo(2); // article + synonyms
        }
    }

    @Test
    void urlsAreFetchedAndReadByTheirContentType() {
        server.text("/framework", "text/html; charset=utf-8", Fixtures.text("framework.html"))
                .text("/plain", "text/plain", "Talks go on in London\n\n" + Fixtures.secondDayText())
                .bytes("/report", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .huge("/huge", 1024 * 1024, true)
                .slow("/slow", 20_000);
        assertThat(desk.add(server.url("/framework").toString()).kind()).isEqualTo(Outcome.Kind.ADDED);
        assertThat(desk.add(server.url("/plain").toString())).satisfies(o -> {
            assertThat(o.kind()).as(o.detail()).isEqualTo(Outcome.Kind.ADDED);
            assertThat(o.title()).isEqualTo("Talks go on in London");
        });
        assertThat(desk.add(server.url("/report").toString()).detail()).isEqualTo("not HTML or text (application/pdf)");
        assertThat(desk.add(server.url("/huge").toString()).detail()).isEqualTo("too large: over 262144 bytes");
        assertThat(desk.add(server.url("/missing").toString())).satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Outcome.Kind.UNREACHABLE);
            assertThat(o.detail()).isEqualTo("unreachable: HTTP 404");
        });
        assertThat(desk.add(server.url("/slow").toString()).detail()).isEqualTo("unreachable: no complete answer within 3 s");
        List<String> agents = server.requests().stream().map(r -> r.headers().getFirst("User-Agent")).distinct().toList();
        assertThat(agents).hasSize(1).allMatch(a -> a.startsWith("talkbot/"));
    }
}
