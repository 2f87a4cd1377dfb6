package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void loadsTheProjectCorpusWithMetadataFactsAndEntities() {
        Corpus c = CorpusLoader.load(Path.of("corpus"));
        assertThat(c.articles()).hasSize(1);
        ArticleInfo info = c.articles().get(0).info();
        assertThat(info.id()).isEqualTo("us-china-london-talks");
        assertThat(info.published()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(c.facts()).hasSizeGreaterThan(40);
        assertThat(c.entities()).extracting(Entity::name).contains("He Lifeng", "China", "United States");
        assertThat(c.synonymRules()).isNotEmpty();
        for (Fact f : c.facts()) {
            assertThat(Text.containsLoosely(f.sentence().text(), f.value())).as(f.id()).isTrue();
        }
    }

    @Test
    void aFactLineReadsEveryField() throws IOException {
        write("a.txt", "Alice Smith met Bob Jones in Paris on Monday.\n");
        write("a.facts.jsonl", "{\"kind\":\"place\",\"subject\":\" The meeting \",\"value\":\"Paris\",\"sentence\":1,"
                + "\"side\":\"France\",\"lead\":true,\"context\":null}\n"
                + "{\"kind\":\"time\",\"subject\":\"The meeting\",\"value\":\"Monday\",\"sentence\":1,\"lead\":false}, \n"); // what follows the object is not read
        List<Fact> facts = CorpusLoader.load(dir).facts();
        assertThat(facts).extracting(Fact::kind, Fact::subject, Fact::value, Fact::side, Fact::lead, Fact::context)
                .containsExactly(tuple(FactKind.PLACE, "The meeting", "Paris", "France", true, ""),
                        tuple(FactKind.TIME, "The meeting", "Monday", null, false, ""));
    }

    @Test
    void dataFilesAreNotArticles() {
        Corpus c = CorpusLoader.load(Path.of("corpus"));
        assertThat(c.articles()).extracting(Article::id).containsExactly("us-china-london-talks");
    }

    @Test
    void aFactWhoseValueIsNotInItsSentenceFailsWithFileAndLine() throws IOException {
        write("a.txt", "Alice Smith met Bob Jones in Paris on Monday.\n");
        write("a.facts.jsonl", "# comment\n{\"kind\":\"place\",\"subject\":\"The meeting\",\"value\":\"Paris\",\"sentence\":1}\n"
                + "{\"kind\":\"time\",\"subject\":\"The meeting\",\"value\":\"Tuesday\",\"sentence\":1}\n");
        assertThatThrownBy(() -> CorpusLoader.load(dir))
                .isInstanceOf(CorpusException.class)
                .hasMessageContaining("a.facts.jsonl:3")
                .hasMessageContaining("'Tuesday' is not in sentence 1");
    }

    @Test
    void malformedFactLinesNameFileAndLine() throws IOException {
        write("a.txt", "Alice Smith met Bob Jones in Paris on Monday.\n");
        String[][] cases = {
            {"{not json", "not a JSON object"},
            {"{\"kind\":\"gossip\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":1}", "unknown kind 'gossip'"},
            {"{\"kind\":\"place\",\"value\":\"Paris\",\"sentence\":1}", "missing 'subject'"},
            {"{\"kind\":\"place\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":7}", "sentence 7 does not exist"},
            {"{\"kind\":\"place\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":\"one\"}", "'sentence' must be a sentence number"},
            {"{\"kind\":\"place\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":1,\"colour\":\"red\"}", "unknown field 'colour'"},
            {"{\"kind\":\"place\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":1.0}", "'sentence' must be a sentence number"},
            {"{\"kind\":\"place\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":4294967297}", "'sentence' must be a sentence number"},
            {"{\"kind\":\"place\",\"subject\":{\"name\":\"x\"},\"value\":\"Paris\",\"sentence\":1}", "'subject' must be a non-empty string"},
            {"{\"kind\":\"place\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":1,\"side\":[\"US\"]}", "'side' must be a string"},
            {"{\"kind\":\"place\",\"subject\":\"x\",\"value\":\"Paris\",\"sentence\":1,\"lead\":\"yes\"}", "'lead' must be true or false"},
            {"[1, 2", "not a JSON object: Unexpected end-of-input"},
            {"[1, 2]", "not a JSON object"},
            {"{\"kind\":\"place\",\"subject\":\"x\"", "not a JSON object"},
        };
        for (String[] c : cases) {
            write("a.facts.jsonl", c[0] + "\n");
            assertThatThrownBy(() -> CorpusLoader.load(dir)).as(c[0])
                    .isInstanceOf(CorpusException.class)
                    .hasMessageContaining("a.facts.jsonl:1: ")
                    .hasMessageContaining(c[1]);
        }
    }

    @Test
    void missingOrEmptyCorporaFailClearly() throws IOException {
        assertThatThrownBy(() -> CorpusLoader.load(dir.resolve("nope")))
                .hasMessageContaining("corpus directory not found");
        assertThatThrownBy(() -> CorpusLoader.load(dir)).hasMessageContaining("no articles (*.txt)");
        write("empty.txt", "\n\n");
        assertThatThrownBy(() -> CorpusLoader.load(dir)).hasMessageContaining("empty.txt: the article has no sentences");
    }

    @Test
    void badMetadataAndAliasesNameTheirFile() throws IOException {
        write("a.txt", "Alice Smith met Bob Jones in Paris on Monday.\n");
        write("a.meta.properties", "title=A\npublished=last week\n");
        assertThatThrownBy(() -> CorpusLoader.load(dir)).hasMessageContaining("a.meta.properties: published");
        Files.delete(dir.resolve("a.meta.properties"));
        write("aliases.tsv", "planet\tMars\n");
        assertThatThrownBy(() -> CorpusLoader.load(dir)).hasMessageContaining("aliases.tsv:1: unknown entity type 'planet'");
    }

    @Test
    void anArticleWithoutMetadataOrFactsStillLoads() throws IOException {
        write("norway-talks.txt", "Trade Minister Jan Olsen said, “We want a fair deal,” on Friday.\n");
        Corpus c = CorpusLoader.load(dir);
        assertThat(c.articles().get(0).info().title()).isEqualTo("Norway talks");
        assertThat(c.facts()).extracting(Fact::kind).contains(FactKind.ROLE);
        assertThat(c.facts()).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo("Jan Olsen");
            assertThat(f.value()).isEqualTo("Trade Minister");
        });
    }

    @Test
    void aLowerCaseTitleAfterAndStartsAtItsOwnFirstWord() throws IOException {
        write("norway-talks.txt", "Norway's team was led by Trade Minister Jan Olsen and chief fisheries negotiator Kari Dahl on Friday.\n");
        Corpus c = CorpusLoader.load(dir);
        assertThat(c.facts()).anySatisfy(f -> {
            assertThat(f.subject()).isEqualTo("Kari Dahl");
            assertThat(f.value()).isEqualTo("chief fisheries negotiator");
        });
        assertThat(c.facts()).noneSatisfy(f -> assertThat(f.value()).startsWith("and "));
    }

    @Test
    void aRoundIsNamedByItsCitysShortNameToo() throws IOException {
        write("kl-talks.txt", "KUALA LUMPUR, Oct 26 (Wire report) - US and Chinese negotiators ended two days of talks in Kuala Lumpur on Sunday.\n");
        Corpus c = CorpusLoader.load(dir);
        assertThat(c.round("kl-talks").place()).isEqualTo("Kuala Lumpur");
        assertThat(c.round("kl-talks").placeNames()).contains("KL", "Malaysia");
    }
}
