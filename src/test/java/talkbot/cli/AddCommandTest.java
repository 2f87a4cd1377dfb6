package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.cli.MainTest.Run;

/** {@code talkbot add} as a user runs it: a line per input, exit 0 only when every input was added or already there. */
class AddCommandTest {
    @TempDir
    Path tmp;

    Path corpus() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    Path resource(String resource, String name) throws IOException {
        try (InputStream in = AddCommandTest.class.getResourceAsStream(resource)) {
            Path p = tmp.resolve(name);
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    @Test
    void anHtmlArticleIsAddedAndThenAnsweredByAsk() throws IOException {
        Path corpus = corpus();
        Path page = resource("/news/framework.html", "framework.html");
        Run r = MainTest.run("add", page.toString(), "--corpus", corpus.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("added us-and-china-agree-on-a-framework-to-ease-trade-tensions: US and China agree"
                + " on a framework to ease trade tensions" + System.lineSeparator());

        Run again = MainTest.run("add", page.toString(), "--corpus", corpus.toString());
        assertThat(again.exit()).as("a duplicate is fine").isZero();
        assertThat(again.out()).startsWith("skipped " + page + ": already in the corpus (the same URL as ");

        Run ask = MainTest.run("ask", "--corpus", corpus.toString(), "What did Lutnick say outside Lancaster House?");
        assertThat(ask.exit()).isZero();
        assertThat(ask.out()).contains("We have reached a framework to implement the Geneva consensus")
                .contains("— US and China agree on a framework to ease trade tensions, 11 June 2025");
    }

    @Test
    void oneSkippedInputMakesTheExit1AndEveryInputHasItsLine() throws IOException {
        Path corpus = corpus();
        Path mackerel = resource("/corpora/second/norway-iceland-mackerel.txt", "mackerel.txt");
        Path page = resource("/news/framework.html", "framework.html");
        Run r = MainTest.run("add", "--corpus", corpus.toString(), mackerel.toString(), page.toString(),
                tmp.resolve("missing.html").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).hasSize(3).satisfiesExactly(
                l -> assertThat(l).startsWith("skipped " + mackerel + ": not about the corpus's topic: "),
                l -> assertThat(l).startsWith("added us-and-china-agree"),
                l -> assertThat(l).isEqualTo("skipped " + tmp.resolve("missing.html") + ": no such file"));
    }

    @Test
    void noInputIsAUsageErrorAndAMissingCorpusOneLine() throws IOException {
        Run none = MainTest.run("add", "--corpus", corpus().toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.oneErrorLine()).isEqualTo("talkbot: add: name at least one .txt or .html file or http(s) URL");
        Run missing = MainTest.run("add", "--corpus", tmp.resolve("nope").toString(), "a.html");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.oneErrorLine()).isEqualTo("talkbot: corpus directory not found: " + tmp.resolve("nope"));
    }

    @Test
    void aBrokenTopicFileIsOneLine() throws IOException {
        Path corpus = corpus();
        Files.writeString(corpus.resolve("topic.properties"), "group.a=x\nmentions=many\n");
        Run r = MainTest.run("add", "--corpus", corpus.toString(), "x.html");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.oneErrorLine()).endsWith("topic.properties: mentions: expected a whole number, got 'many'");
    }
}
