package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.QuestionParser;

/** Which facts may answer a question: those whose value is of the type it asks for. */
class FactKindsTest {
    private static final Corpus CORPUS = CorpusLoader.load(Path.of("corpus"));
    private static final CorpusIndex INDEX = CorpusIndex.build(CORPUS);
    private static final QuestionParser PARSER = new QuestionParser(INDEX, IntentRouter.load());
    private static final FactRanker FACTS = new FactRanker(INDEX, new Weights(INDEX, PARSER.entityMatcher()), new RoundFit(CORPUS),
            ConfidenceModel.load(), new Sides(INDEX));

    @Test
    void aYesOrNoQuestionAboutAPersonIsNotAnsweredByTheirTitleOrName() {
        // "did he meet them" asks for neither a person nor a title: the London facts of who leads whom do not answer it (another fact may)
        assertThat(FACTS.best(PARSER.parse("did keir starmer meet the two delegations?")).map(Candidate::shortAnswer).orElse(""))
                .doesNotContain("He Lifeng").doesNotContain("Vice Premier");
        // a yes/no question that names the title asks it
        assertThat(FACTS.best(PARSER.parse("is jamieson greer the us trade representative?"))).get()
                .extracting(Candidate::shortAnswer).isEqualTo("Trade Representative");
        // a country's role still answers whether it takes part
        assertThat(FACTS.best(PARSER.parse("is britain actually taking part in the negotiations?"))).get()
                .extracting(Candidate::shortAnswer).isEqualTo("hosting the talks");
        // and who leads the delegation is still a fact's answer
        assertThat(FACTS.best(PARSER.parse("who leads china's delegation?"))).get().extracting(Candidate::shortAnswer).isEqualTo("He Lifeng");
    }

    @Test
    void aYesOrNoQuestionIsNeverAnsweredByADayOrAPlace() {
        var kinds = FactRanker.kindsFor(PARSER.parse("did they reach a deal on car tariffs"));
        assertThat(kinds).doesNotContain(talkbot.corpus.FactKind.TIME, talkbot.corpus.FactKind.PLACE);
        assertThat(FACTS.best(PARSER.parse("did they reach a deal on car tariffs")).map(Candidate::shortAnswer).orElse("")).isNotEqualTo("May");
    }

    @Test
    void theRoundBeforeIsToldByAFactOfASentenceThatRecallsIt() {
        // the London facts of its own round ("talks in London") do not answer what came out of the round before it; a fact of
        // a sentence that recalls that round ("… during last month's discussions in Geneva") may
        for (String question : new String[] {"what came out of the round before this one", "what happened at the previous round"}) {
            assertThat(FACTS.best(PARSER.parse(question)).stream().toList()).as(question)
                    .allSatisfy(c -> assertThat(RoundFit.recallsWhatPreceded(c.sources().get(0).text())).isTrue())
                    .noneMatch(c -> List.of("London", "Geneva", "He Lifeng").contains(c.shortAnswer()));
        }
        // where it was is a fact of such a sentence
        assertThat(FACTS.best(PARSER.parse("where was the previous round held?"))).get().extracting(Candidate::shortAnswer).isEqualTo("Geneva");
    }
}
