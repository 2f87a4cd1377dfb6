package talkbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import talkbot.lexicon.Phrases;

/** Article text is indexed through the chat phrases a question is read through. */
class PlainPhrasesTest {
    private final TextAnalysis analysis = TextAnalysis.withSynonyms(List.of());

    /** What the question parser searches for a question: its phrases read as plain words, then the query analysis. */
    private List<String> asked(String question) {
        return analysis.queryTerms(Phrases.get().plain(question));
    }

    @Test
    void anArticleThatWritesAChatPhraseIsFoundByIt() {
        // the question reader reads "set up" as "establish"; the article that writes "set up" must be read alike
        assertThat(analysis.indexTerms("The two sides set up a working group on export controls."))
                .containsAll(asked("they set up"));
        assertThat(analysis.indexTerms("The next round is due in Oct. and the truce lapses on Nov. 10"))
                .containsAll(asked("in oct")).containsAll(asked("nov 10"));
        assertThat(analysis.indexTerms("China has bought $3.1bn of LNG so far"))
                .containsAll(asked("lng for 3.1 billion"));
        assertThat(analysis.indexTerms("The White House pushed back the deadline by 90 days"))
                .containsAll(asked("pushed back the deadline"));
    }

    @Test
    void aRewriteOfPunctuationOnlyKeepsTheCountrysCapitals() {
        assertThat(analysis.indexTerms("US-China talks resumed")).containsExactlyElementsOf(analysis.indexTerms("US China talks resumed"));
        assertThat(analysis.indexTerms("US-China talks resumed")).doesNotContain("us");
    }

    @Test
    void offsetsPointIntoTheTextAsWritten() throws IOException {
        String text = "They set up a group in Oct. with $5bn of funds";
        List<String> seen = new ArrayList<>();
        try (TokenStream ts = analysis.indexAnalyzer().tokenStream(Fields.TEXT, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute at = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                seen.add(term + "=" + text.substring(at.startOffset(), at.endOffset()));
            }
            ts.end();
        }
        assertThat(seen).contains("establish=set up", "octob=Oct", "group=group", "fund=funds");
        // "$5bn" is read as "$5 billion": the added word points at the end of what was written
        assertThat(seen).contains("5=5", "billion=n");
    }

    @Test
    void aChatWordThatMeansSomethingElseInAnArticleIsLeftAsWritten() {
        // "pm" asks for a prime minister in a chat, but "10 pm" in an article is a time
        assertThat(analysis.indexTerms("The talks ended at 10 pm on Friday")).doesNotContain("prime", "minist");
        assertThat(analysis.queryTerms(Phrases.get().plain("what did the pm say"))).contains("prime", "minist");
        // a phrase read away entirely, at the end of the text
        assertThat(analysis.indexTerms("a levy on top of")).doesNotContain("top", "lead").isNotEmpty();
    }
}
