package talkbot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chat that puts the topic before the question word is read with the question word first. */
class TopicFirstTest {
    @Test
    void aTopicBeforeTheQuestionWordMovesToTheEnd() {
        assertThat(QuestionParser.topicLast("madrid talks who led china")).isEqualTo("who led china madrid talks");
        assertThat(QuestionParser.topicLast("fentanyl tariff - what did they cut it to?")).isEqualTo("what did they cut it to fentanyl tariff?");
    }

    @Test
    void aQuestionThatStartsWithItsQuestionWordOrAClauseStaysAsAsked() {
        assertThat(QuestionParser.topicLast("who led china in madrid")).isEqualTo("who led china in madrid");
        assertThat(QuestionParser.topicLast("so what did they agree")).isEqualTo("so what did they agree");
        assertThat(QuestionParser.topicLast("do you know who led china")).isEqualTo("do you know who led china");
        assertThat(QuestionParser.topicLast("beijing summit venue")).isEqualTo("beijing summit venue");
        // two question words joined by "and" are one question, not a topic and a question
        assertThat(QuestionParser.topicLast("where and when will they meet again")).isEqualTo("where and when will they meet again");
    }

    @Test
    void aWordThatJoinsTheQuestionToTheTalkSoFarIsLeftOut() {
        assertThat(QuestionParser.withoutOpener("and when is the next round gonna be")).isEqualTo("when is the next round gonna be");
        assertThat(QuestionParser.withoutOpener("ok so, who led china")).isEqualTo("who led china");
        assertThat(QuestionParser.withoutOpener("so did they agree")).isEqualTo("did they agree");
        // not before a topic, nor a word of the question itself
        assertThat(QuestionParser.withoutOpener("and the steel tariff?")).isEqualTo("and the steel tariff?");
        assertThat(QuestionParser.withoutOpener("well what")).isEqualTo("what");
        assertThat(QuestionParser.withoutOpener("so whatever happened")).isEqualTo("so whatever happened");
    }
}
