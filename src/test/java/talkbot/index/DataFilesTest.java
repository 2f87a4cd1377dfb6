package talkbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.Entity;
import talkbot.intent.Intent;
import talkbot.intent.IntentRouter;

/**
 * Every data file the core reads: the built-in and corpus synonyms, the aliases, the intent
 * patterns. A synonym group that mixes words of classes that must stay apart (a verb of saying and
 * a trade noun), a word two groups share, an alias two entities share: each makes the bot search
 * or read one thing for another, and fails here.
 */
class DataFilesTest {
    private static final List<Path> CORPUS_SYNONYMS = List.of(Path.of("corpus/synonyms.txt"));

    private static List<String> rules() throws IOException {
        List<String> rules = new ArrayList<>(TextAnalysis.builtInRules());
        for (Path p : CORPUS_SYNONYMS) {
            for (String line : Files.readAllLines(p)) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    rules.add(line.strip());
                }
            }
        }
        return rules;
    }

    private static Map<String, String> wordClasses() throws IOException {
        Map<String, String> classOf = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/talkbot/word-classes.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            for (String w : cols[1].split("\\s+")) {
                for (String t : TextAnalysis.plainTerms(w)) {
                    classOf.merge(t, cols[0], (a, b) -> a.equals(b) ? a : a + "+" + b);
                }
            }
        }
        return classOf;
    }

    @Test
    void noSynonymGroupMixesWordsThatMustStayApart() throws IOException {
        Map<String, String> classOf = wordClasses();
        List<String> mixed = new ArrayList<>();
        for (String rule : rules()) {
            Set<String> classes = new LinkedHashSet<>();
            for (String entry : rule.split(",")) {
                for (String t : TextAnalysis.plainTerms(entry)) {
                    String c = classOf.get(t);
                    if (c != null && !c.contains("+")) {
                        classes.add(c);
                    }
                }
            }
            if (classes.size() > 1) {
                mixed.add(rule + " -> " + classes);
            }
        }
        assertThat(mixed).as("synonym groups mixing classes").isEmpty();
    }

    @Test
    void noWordIsInTwoSynonymGroups() throws IOException {
        Map<String, String> groupOf = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (String rule : rules()) {
            Set<String> own = new HashSet<>();
            for (String entry : rule.split(",")) {
                String key = String.join(" ", TextAnalysis.plainTerms(entry));
                if (key.isEmpty() || !own.add(key)) {
                    continue;
                }
                String before = groupOf.putIfAbsent(key, rule);
                if (before != null) {
                    shared.add("'" + entry.strip() + "' in: " + before + " | " + rule);
                }
            }
        }
        assertThat(shared).as("words in two groups").isEmpty();
    }

    @Test
    void theLevyBugStaysFixed() {
        TextAnalysis a = TextAnalysis.withSynonyms(List.of());
        assertThat(a.queryTerms("levies")).isEqualTo(a.queryTerms("tariff")).doesNotContainAnyElementsOf(a.queryTerms("say"));
    }

    @Test
    void theNounStateIsNotAVerbOfSaying() {
        // "state visit", "state-owned", "the States": searched as "say", every sentence with "said" matched them
        TextAnalysis a = TextAnalysis.withSynonyms(List.of());
        assertThat(a.queryTerms("state visit")).doesNotContainAnyElementsOf(a.queryTerms("say"));
        assertThat(a.queryTerms("the States")).doesNotContainAnyElementsOf(a.queryTerms("said"));
        assertThat(a.queryTerms("remarked")).isEqualTo(a.queryTerms("said"));
    }

    @Test
    void stuckIsStalledAndPressIsNoWayOfWanting() {
        TextAnalysis a = TextAnalysis.withSynonyms(List.of());
        assertThat(a.queryTerms("stuck")).isEqualTo(a.queryTerms("stalled"));
        assertThat(a.queryTerms("monitored")).isEqualTo(a.queryTerms("tracked"));
        // a synonym phrase ending in a stopword ("press for") would make "press" itself a way of wanting
        assertThat(a.queryTerms("press secretary")).doesNotContainAnyElementsOf(a.queryTerms("want"));
        // but pressing for something is wanting it, read as one word before "for" is dropped (phrasal-verbs.tsv)
        assertThat(a.queryTerms("Washington pressed for 500,000 tonnes")).containsAll(a.queryTerms("want"));
        assertThat(a.queryTerms("the American side is pressing for more")).containsAll(a.queryTerms("wanted"));
        assertThat(a.queryTerms("they pressed ahead")).doesNotContainAnyElementsOf(a.queryTerms("want"));
        assertThat(a.queryTerms("he told the press for the first time")).doesNotContainAnyElementsOf(a.queryTerms("want"));
        assertThat(a.queryTerms("Washington continues to press for access")).containsAll(a.queryTerms("want"));
        // pushing back against something is resisting it, not wanting it
        assertThat(a.queryTerms("China is pushing back against U.S. restrictions")).doesNotContainAnyElementsOf(a.queryTerms("want"));
        assertThat(a.queryTerms("how did they push back on the shortfall")).containsAll(a.queryTerms("pushed back"));
        assertThat(a.queryTerms("Washington pushed for 40,000 tonnes")).containsAll(a.queryTerms("want"));
        assertThat(a.queryTerms("Trump pushed back the deadline")).doesNotContainAnyElementsOf(a.queryTerms("want"));
    }

    @Test
    void aResultIsAnOutcome() {
        TextAnalysis a = TextAnalysis.withSynonyms(List.of());
        assertThat(a.queryTerms("the beef result")).isEqualTo(a.queryTerms("the beef outcome"));
    }

    @Test
    void chatWordsForTradeThingsSearchAsTheArticlesWords() {
        TextAnalysis a = TextAnalysis.withSynonyms(List.of());
        assertThat(a.queryTerms("boats")).isEqualTo(a.queryTerms("vessels"));
        assertThat(a.queryTerms("soy")).isEqualTo(a.queryTerms("soybeans"));
        assertThat(a.queryTerms("autos")).isEqualTo(a.queryTerms("cars"));
        assertThat(a.queryTerms("picked")).isEqualTo(a.queryTerms("chosen"));
        assertThat(a.queryTerms("swap")).isEqualTo(a.queryTerms("exchange"));
        assertThat(a.queryTerms("characterise")).isEqualTo(a.queryTerms("described"));
        // words with other everyday senses stay apart: "a firm stance", "coffee beans", a digital services tax
        assertThat(a.queryTerms("firm")).isNotEqualTo(a.queryTerms("company"));
        assertThat(a.queryTerms("beans")).isNotEqualTo(a.queryTerms("soybeans"));
        assertThat(a.queryTerms("tax")).isNotEqualTo(a.queryTerms("tariff"));
    }

    @Test
    void everyAliasNamesOneEntity() {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (Entity e : CorpusLoader.load(Path.of("corpus")).entities()) {
            for (String n : e.names()) {
                String before = owner.putIfAbsent(talkbot.corpus.Text.fold(n), e.name());
                if (before != null && !before.equals(e.name())) {
                    shared.add(n + ": " + before + " and " + e.name());
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void intentPatternsLoadAndRouteTheirExamples() {
        IntentRouter router = IntentRouter.load();
        assertThat(router.route("who leads the delegation?")).isEqualTo(Intent.WHO);
        assertThat(router.route("what did bessent say?")).isEqualTo(Intent.SAY);
        assertThat(router.route("when do the talks start?")).isEqualTo(Intent.WHEN);
        assertThat(router.route("by when do they have to name the first projects")).isEqualTo(Intent.WHEN); // not "name the": who
        assertThat(router.route("where are the talks?")).isEqualTo(Intent.WHERE);
        assertThat(router.route("how much did exports fall?")).isEqualTo(Intent.HOW_MUCH);
        assertThat(router.route("what is the sticking point?")).isEqualTo(Intent.WHY);
        // the opening question word wins over a noun that names another kind of answer
        assertThat(router.route("why was hong kong picked as the location?")).isEqualTo(Intent.WHY);
        assertThat(router.route("when was the venue announced?")).isEqualTo(Intent.WHEN);
        // "… and by when" asks a second thing, after the first
        assertThat(router.route("how much will they invest and by when?")).isEqualTo(Intent.HOW_MUCH);
        assertThat(router.route("by when will they invest?")).isEqualTo(Intent.WHEN);
    }
}
