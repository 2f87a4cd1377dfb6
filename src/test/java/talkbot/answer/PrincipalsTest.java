package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;

/**
 * When a round's report never says who led a side, the two officials it names together as the
 * subject of what the talks did ("A and B announced the quotas", "… met on Tuesday") lead their
 * sides — at that round only: another round's lead is not spliced in.
 */
class PrincipalsTest {
    private static final Path DIR = Path.of("src/test/resources/corpora/principals");
    private static final QuestionAnswerer CORE = Cores.testCorpus("principals");

    @Test
    void theOfficialsWhoAnnouncedTheOutcomeTogetherLeadTheirSides() {
        Answer chile = CORE.answer("who led the chilean side at the lisbon talks");
        assertThat(chile.answered()).isTrue();
        assertThat(chile.shortAnswer()).isEqualTo("Pablo Rojas");
        Answer norway = CORE.answer("who headed the norwegian delegation in lisbon?");
        assertThat(norway.shortAnswer()).isEqualTo("Marit Berg");
    }

    @Test
    void eachRoundHasItsOwnLeadsNeverAListSplicedFromSeveralRounds() {
        Answer oslo = CORE.answer("who led the chilean team at the oslo round");
        assertThat(oslo.answered()).isTrue();
        assertThat(oslo.shortAnswer()).isEqualTo("Ana Soto");
    }

    @Test
    void whatTheArticleSaysOfWhoLedComesFirst() {
        Corpus corpus = CorpusLoader.load(DIR);
        assertThat(leads(corpus, "valdivia-round")).extracting(Fact::value).containsExactly("Ana Soto");
    }

    @Test
    void anArticleThatSaysWhoLedInItsOwnWordsGetsNoLeadsFromWhoAnnounced() {
        // "Lars Moe, who led the Norwegian delegation, said …": no fact reads that, so the text must win
        Corpus corpus = CorpusLoader.load(DIR);
        assertThat(leads(corpus, "tromso-led")).isEmpty();
    }

    @Test
    void aMeetingTheReportRecallsGivesNoLeads() {
        Corpus corpus = CorpusLoader.load(DIR);
        assertThat(leads(corpus, "port-recalled")).isEmpty(); // "a deal reached when A and B met in Lisbon"
    }

    @Test
    void twoOfficialsOfOneSideLeadNothing() {
        Corpus corpus = CorpusLoader.load(DIR);
        assertThat(leads(corpus, "bergen-plan")).isEmpty();
    }

    private static java.util.List<Fact> leads(Corpus corpus, String article) {
        return corpus.facts().stream()
                .filter(f -> f.kind() == FactKind.MEMBER && f.lead() && f.sentence().articleId().equals(article))
                .toList();
    }
}
