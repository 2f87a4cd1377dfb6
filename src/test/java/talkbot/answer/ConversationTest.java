package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Follow-ups read against the last exchange, on the project's corpus (the London article). */
class ConversationTest {
    private final QuestionAnswerer core = Cores.project();

    private Answer then(Answer first, String followUp) {
        return core.answer(followUp, new Turn(first.question(), first));
    }

    @Test
    void aPronounStandsForThePersonLastAnswered() {
        Answer who = core.answer("Who is the White House press secretary?");
        assertThat(who.shortAnswer()).isEqualTo("Karoline Leavitt");
        Answer said = then(who, "what did she say?");
        assertThat(said.answered()).isTrue();
        assertThat(said.question()).isEqualTo("what did Karoline Leavitt say?");
        assertThat(said.shortAnswer()).contains("We want China");
    }

    @Test
    void aPronounIsNeverReadAsAName() {
        Answer alone = core.answer("what did he say?");
        assertThat(alone.answered()).isFalse();
        assertThat(alone.reply()).startsWith("Who do you mean?");
        Answer afterAFigure = then(core.answer("How long is the tariff truce?"), "what did he say?");
        assertThat(afterAFigure.answered()).isFalse();
        assertThat(afterAFigure.reply()).startsWith("Who do you mean?");
    }

    @Test
    void aPronounAfterWhatThePersonDoesStandsForThem() {
        // "she" is the secretary the question itself asks about: no one to ask the user about
        Answer both = core.answer("which press secretary spoke about the talks and what did she say?");
        assertThat(both.reply()).doesNotStartWith("Who do you mean?");
        // after another exchange too: the question, not the last answer, says whom "she" is
        Answer after = then(core.answer("How long is the tariff truce?"), "which press secretary spoke about the talks and what did she say?");
        assertThat(after.reply()).doesNotStartWith("Who do you mean?");
        // a title the question does not ask for is no one it can stand for
        assertThat(core.answer("what did the analyst tell him?").reply()).startsWith("Who do you mean?");
    }

    @Test
    void anEllipsisSwapsTheSlotItFills() {
        Answer china = core.answer("Who leads China's delegation?");
        assertThat(china.shortAnswer()).isEqualTo("He Lifeng");
        Answer us = then(china, "and the US side?");
        assertThat(us.question()).contains("United States").doesNotContain("China");
        assertThat(us.shortAnswer()).contains("Bessent");
    }

    @Test
    void anEllipsisSwapsANameWrittenInLowerCaseWithoutItsApostrophe() {
        Answer china = core.answer("who leads chinas delegation");
        assertThat(china.shortAnswer()).isEqualTo("He Lifeng");
        Answer us = then(china, "and the US side?");
        assertThat(us.question()).contains("United States").doesNotContainIgnoringCase("china");
        assertThat(us.shortAnswer()).contains("Bessent");
    }

    @Test
    void theSourceOfTheLastAnswerAndItsDate() {
        Answer who = core.answer("Who leads China's delegation?");
        Answer source = then(who, "source?");
        assertThat(source.reply()).contains("US and China resume high-level trade talks in London").contains("9 June 2025")
                .contains(who.sources().get(0).sentence());
        Answer when = then(who, "when?");
        assertThat(when.answered()).isTrue();
        assertThat(when.shortAnswer()).contains("June 2025");
    }

    @Test
    void aStandaloneQuestionIgnoresTheLastExchange() {
        Answer first = core.answer("Who leads China's delegation?");
        Answer next = then(first, "How much did Chinese exports to the US drop in May?");
        assertThat(next.question()).isEqualTo("How much did Chinese exports to the US drop in May?");
        assertThat(next.shortAnswer()).contains("12.7");
    }
}
