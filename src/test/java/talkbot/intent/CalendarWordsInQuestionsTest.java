package talkbot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;

/** A month or a day the articles never write is a time the question names, not a name they lack. */
class CalendarWordsInQuestionsTest {
    // one article, of 12 May: it never says "February" or "Friday"
    private static final QuestionParser PARSER = new QuestionParser(
            CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/reasons"))), IntentRouter.load());

    @Test
    void aMonthTheArticlesNeverWriteIsNoUnknownName() {
        Question feb = PARSER.parse("how did the analyst describe the feb round");
        assertThat(feb.unknownName()).isNull();
        assertThat(feb.unknownWords()).isEmpty();
        assertThat(feb.scope().hasTime()).isTrue(); // the month is read as the round's time
        assertThat(PARSER.parse("what did laine say on Friday").unknownName()).isNull();
    }

    @Test
    void aSpeakerTheArticlesLackStillIs() {
        assertThat(PARSER.parse("what did zorblatt say about the timber deal").unknownName()).isNotNull();
    }

    @Test
    void aChatSpellingWithItsApostropheSIsNoUnknownName() {
        // "wat's" is "what's", as "wat" is "what": not a name the articles lack
        assertThat(PARSER.parse("wat's the analyst saying about the timber deal").unknownName()).isNull();
        assertThat(PARSER.parse("wat is the analyst saying").unknownName()).isNull();
    }
}
