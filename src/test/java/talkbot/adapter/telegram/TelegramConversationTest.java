package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static talkbot.adapter.telegram.FakeBotApi.groupReply;
import static talkbot.adapter.telegram.FakeBotApi.groupText;
import static talkbot.adapter.telegram.FakeBotApi.press;
import static talkbot.adapter.telegram.FakeBotApi.privateText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Cores;
import talkbot.store.Feedback;
import talkbot.testing.MutableClock;

/**
 * Conversations end to end on Telegram: the real core over the project's corpus (or the two-round
 * test corpus), the real client over HTTP against {@link FakeBotApi}: follow-ups read with the
 * last answer, contexts that expire and that two people in a group do not share, a question asked
 * back with an inline keyboard and answered by pressing a button, and votes.
 */
class TelegramConversationTest {
    static final long ALICE = 1001;
    static final long BOB = 1002;
    static final long GROUP = -1001234567890L;

    @TempDir
    Path dir;

    FakeBotApi api;
    MutableClock clock = new MutableClock();
    TestBot bot;

    @BeforeEach
    void fakeApi() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void close() {
        if (bot != null) {
            bot.close();
        }
        api.close();
    }

    private TestBot bot(String corpus) throws Exception {
        bot = new TestBot(api, dir, corpus == null ? Cores.project() : Cores.testCorpus(corpus), clock).start();
        return bot;
    }

    /** Sends a private message and returns the bot's reply to it. */
    private FakeBotApi.Sent ask(long chat, String text) {
        int before = api.sentTo(chat).size();
        api.enqueue(privateText(chat, text));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.sentTo(chat).size() == before + 1);
        return api.sentTo(chat).get(before);
    }

    @Test
    void aPronounFollowUpIsReadWithTheLastAnswer() throws Exception {
        bot(null);
        assertThat(ask(ALICE, "Who is the White House press secretary?").text()).contains("<b>Karoline Leavitt</b>");

        FakeBotApi.Sent said = ask(ALICE, "what did she say?");
        assertThat(said.text()).contains("Karoline Leavitt said").contains("We want China");
        assertThat(bot.questions).containsExactly("Who is the White House press secretary?", "what did she say?");
    }

    @Test
    void anEllipsisFollowUpSwapsWhatItNames() throws Exception {
        bot(null);
        assertThat(ask(ALICE, "Who leads China's delegation?").text()).contains("<b>He Lifeng</b>");

        assertThat(ask(ALICE, "and the US side?").text()).contains("Bessent").doesNotContain("<b>He Lifeng</b>");
    }

    @Test
    void anExpiredContextIsNotUsedAndAPronounIsNeverGuessed() throws Exception {
        bot(null);
        ask(ALICE, "Who is the White House press secretary?");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1)); // TALKBOT_CONTEXT_MINUTES is 10

        String alone = ask(ALICE, "what did she say?").text();
        assertThat(alone).startsWith("Who do you mean?").doesNotContain("Leavitt");
    }

    @Test
    void twoPeopleInAGroupEachHaveTheirOwnConversation() throws Exception {
        bot(null);
        ObjectNode alice = groupText(GROUP, ALICE, "@" + FakeBotApi.BOT_USERNAME + " Who is the White House press secretary?");
        ObjectNode bob = groupText(GROUP, BOB, "@" + FakeBotApi.BOT_USERNAME + " Who leads China's delegation?");
        api.enqueue(alice);
        api.enqueue(bob);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.sentTo(GROUP).size() == 2);
        int aliceAnswer = replyTo(messageId(alice)).messageId();
        int bobAnswer = replyTo(messageId(bob)).messageId();

        // both follow up at once, each replying to the bot's answer to them
        ObjectNode aliceAgain = groupReply(GROUP, ALICE, "what did she say?", aliceAnswer, true);
        ObjectNode bobAgain = groupReply(GROUP, BOB, "and the US side?", bobAnswer, true);
        api.enqueue(aliceAgain);
        api.enqueue(bobAgain);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.sentTo(GROUP).size() == 4);

        assertThat(replyTo(messageId(aliceAgain)).text()).contains("We want China").doesNotContain("Bessent");
        assertThat(replyTo(messageId(bobAgain)).text()).contains("Bessent").doesNotContain("Leavitt");
    }

    @Test
    void aClarifyingQuestionIsAnsweredByPressingAButton() throws Exception {
        bot("rounds");
        FakeBotApi.Sent asked = ask(ALICE, "when did the talks take place?");
        assertThat(asked.text()).startsWith("Do you mean the talks in London (June 2025) or the talks in Geneva (May 2025)?");
        assertThat(asked.buttons()).extracting(FakeBotApi.Button::text)
                .containsExactly("the talks in London (June 2025)", "the talks in Geneva (May 2025)");
        assertThat(asked.buttons()).allSatisfy(b -> assertThat(b.data().getBytes()).hasSizeLessThanOrEqualTo(64));

        api.enqueue(press(ALICE, ALICE, asked.messageId(), asked.button("Geneva").data()));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.sentTo(ALICE).size() == 2);

        assertThat(api.sentTo(ALICE).get(1).text()).contains("May 2025").contains("Villa Saladin");
        await().until(() -> !api.calls("answercallbackquery").isEmpty());
        assertThat(api.calls("answercallbackquery").get(0).params().path("callback_query_id").asText()).startsWith("cb");
        // the question's buttons are spent: its keyboard is emptied
        assertThat(api.keyboardEdits()).hasSize(1);
        assertThat(api.keyboardEdits().get(0).getKey()).isEqualTo(asked.messageId());
        assertThat(api.keyboardEdits().get(0).getValue().path("inline_keyboard")).isEmpty();

        // the choice is the conversation's last exchange now: a follow-up leans on it
        assertThat(ask(ALICE, "where?").text()).contains("Villa Saladin");
    }

    @Test
    void typingTheNumberOfAChoiceAlsoPicksIt() throws Exception {
        bot("rounds");
        ask(ALICE, "when did the talks take place?");
        assertThat(ask(ALICE, "1").text()).contains("June 2025").doesNotContain("Do you mean");
    }

    @Test
    void aVoteIsStoredOnceAndItsButtonsSayThanks() throws Exception {
        bot(null);
        FakeBotApi.Sent answer = ask(ALICE, "Who leads China's delegation?");
        assertThat(answer.buttons()).extracting(FakeBotApi.Button::text).containsExactly("👍", "👎");

        String down = answer.button("👎").data();
        api.enqueue(press(ALICE, ALICE, answer.messageId(), down));
        api.enqueue(press(ALICE, ALICE, answer.messageId(), down));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.calls("answercallbackquery").size() == 2);

        List<Feedback.Vote> votes = bot.store.feedback().votes();
        assertThat(votes).hasSize(1);
        Feedback.Vote v = votes.get(0);
        assertThat(v.up()).isFalse();
        assertThat(v.question()).isEqualTo("Who leads China's delegation?");
        assertThat(v.shortAnswer()).isEqualTo("He Lifeng");
        assertThat(v.intent()).isEqualTo("who");
        assertThat(v.confidence()).isBetween(0.5, 1.0);
        assertThat(v.platform()).isEqualTo("telegram");
        assertThat(v.at()).isEqualTo(clock.instant());
        assertThat(api.calls("answercallbackquery")).extracting(c -> c.params().path("text").asText())
                .containsExactly("Thanks for your feedback!", "You have already voted on this answer.");
        // acknowledged in place: the vote buttons became "Thanks"
        JsonNode keyboard = api.keyboardEdits().get(0).getValue();
        assertThat(keyboard.toString()).contains("Thanks").doesNotContain("👎");
        assertThat(api.sentTo(ALICE)).as("a vote posts nothing").hasSize(1);
    }

    @Test
    void refusalsAndTheSummaryHaveNoVoteButtons() throws Exception {
        bot(null);
        assertThat(ask(ALICE, "What did Macron say?").buttons()).isEmpty();
        assertThat(ask(ALICE, "/summary").buttons()).isEmpty();
        assertThat(ask(ALICE, "/help").buttons()).isEmpty();
    }

    @Test
    void aButtonTheBotDidNotMakeDoesNothing() throws Exception {
        bot(null);
        FakeBotApi.Sent answer = ask(ALICE, "Who leads China's delegation?");
        api.enqueue(press(ALICE, ALICE, answer.messageId(), "v1.AAAAAAAAAAAAAAAA.d"));
        api.enqueue(press(ALICE, ALICE, answer.messageId(), "<b>not ours</b>"));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.calls("answercallbackquery").size() == 2);

        assertThat(bot.store.feedback().votes()).isEmpty();
        assertThat(api.keyboardEdits()).isEmpty();
        assertThat(api.sentTo(ALICE)).hasSize(1);
    }

    private FakeBotApi.Sent replyTo(int messageId) {
        return api.sentTo(GROUP).stream().filter(s -> Integer.valueOf(messageId).equals(s.replyTo())).findFirst()
                .orElseThrow(() -> new AssertionError("no reply to message " + messageId + " in " + api.sentTo(GROUP)));
    }

    private static int messageId(ObjectNode update) {
        return update.get("message").get("message_id").asInt();
    }
}
