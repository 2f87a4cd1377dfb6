package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.Question;
import talkbot.intent.QuestionParser;

/** Chat's short forms ("reps", "pharma", "govt") are read as the words they stand for, not as words the articles never use. */
class ChatShortFormsTest {
    private static final QuestionParser PARSER = new QuestionParser(
            CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/titles"))), IntentRouter.load());

    @Test
    void aShortFormIsSearchedAsTheWordItStandsFor() {
        Question chat = PARSER.parse("who were the canadian reps at the grain talks");
        Question spelt = PARSER.parse("who were the canadian representatives at the grain talks");
        assertThat(chat.unknownWords()).isEmpty();
        assertThat(chat.terms()).isEqualTo(spelt.terms());
        assertThat(PARSER.parse("what did the trade rep say").terms()).isEqualTo(PARSER.parse("what did the trade representative say").terms());
        // a hedge on the figure asked is not what the question is about
        assertThat(PARSER.parse("roughly what share of its soy pledge has beijing fulfilled").terms())
                .isEqualTo(PARSER.parse("what share of its soy pledge has beijing fulfilled").terms());
    }

    @Test
    void andWithAndHeadquartersInShort() {
        Question chat = PARSER.parse("where n when is the next round");
        assertThat(chat.corrected()).isEqualTo(PARSER.parse("where and when is the next round").corrected());
        assertThat(chat.shape()).isEqualTo(PARSER.parse("where and when is the next round").shape());
        assertThat(PARSER.parse("which street is the ministry hq on").terms())
                .isEqualTo(PARSER.parse("which street is the ministry headquarters on").terms());
        assertThat(PARSER.parse("what deal did they copy w the us").corrected()).contains("with the us");
    }

    @Test
    void aWordTheArticlesWriteApartIsSearchedAsItsTwoWords() {
        // the articles write "coastal towns" and "new market"; chat runs them together
        Question joined = PARSER.parse("what did the minister say about the coastaltowns");
        assertThat(joined.unknownWords()).isEmpty();
        assertThat(joined.terms()).isEqualTo(PARSER.parse("what did the minister say about the coastal towns").terms());
        // a word only one of whose halves the articles write ("coastal", not "works") stays as it is
        assertThat(PARSER.parse("what did the minister say about the coastalworks").unknownWords()).contains("coastalworks");
    }
}
