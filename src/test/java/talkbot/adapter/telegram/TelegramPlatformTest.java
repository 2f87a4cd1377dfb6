package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static talkbot.adapter.telegram.FakeBotApi.groupReply;
import static talkbot.adapter.telegram.FakeBotApi.groupText;
import static talkbot.adapter.telegram.FakeBotApi.privateText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;
import talkbot.store.SqliteStore;
import talkbot.store.Store;

/** The adapter end to end: the real Telegram client over real HTTP against {@link FakeBotApi}. */
class TelegramPlatformTest {
    static final long ALICE = 1001;
    static final long BOB = 1002;
    static final long GROUP = -1001234567890L;
    static final String OFFSET = TelegramPlatform.OFFSET + FakeBotApi.BOT_ID;

    @TempDir
    Path dir;

    FakeBotApi api;

    @BeforeEach
    void fakeApi() throws Exception {
        api = new FakeBotApi();
    }

    private final List<TestBot> bots = new ArrayList<>();

    @AfterEach
    void closeAll() {
        bots.forEach(TestBot::close);
        api.close();
    }

    private TestBot started(TestBot bot) throws Exception {
        bots.add(bot);
        return bot.start();
    }

    /** Until the update is in the inbox and everything in the inbox is answered. */
    static void awaitHandled(TestBot bot, int updateId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> bot.store.cursor(OFFSET).orElse(0) > updateId
                && bot.platform.workers().idle());
    }

    private static int messageId(ObjectNode update) {
        return update.get("message").get("message_id").asInt();
    }

    @Test
    void startRegistersTheCommandsAndPollsWithTheToken() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        assertThat(api.commands()).containsExactly("start", "help", "ask", "summary", "sources", "latest",
                "subscribe", "unsubscribe");
        await().until(() -> !api.calls("getupdates").isEmpty());
        assertThat(api.calls("getme")).hasSize(1);
        assertThat(api.calls("deletewebhook")).hasSize(1);
        assertThat(api.calls()).allSatisfy(c -> assertThat(c.token()).isEqualTo(TestBot.TOKEN));
        assertThat(bot.platform.identity()).contains(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));
        assertThat(bot.platform.name()).isEqualTo("telegram");
    }

    @Test
    void aServerWithoutDeleteWebhookStillGetsPolled() throws Exception {
        api.failNext("deleteWebhook", FakeBotApi.Failure.json(404, "Not Found", null));
        started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

        await().until(() -> api.sentTo(ALICE).size() == 1);
    }

    @Test
    void aPrivateQuestionIsAnsweredWithTheSourceQuoted() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

        await().until(() -> api.sentTo(ALICE).size() == 1);
        FakeBotApi.Sent reply = api.sentTo(ALICE).get(0);
        assertThat(reply.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(reply.replyTo()).isNull();
        assertThat(reply.text())
                // the reply is its source sentence, so it is shown once, as the quote
                .startsWith("<b>He Lifeng</b>\n<blockquote>“Vice Premier He Lifeng leads China's delegation.”")
                .contains("<i>US &amp; China meet in &lt;London&gt;</i>, 9 June 2025</blockquote>");
        assertThat(bot.questions).containsExactly("Who leads China's delegation?");
    }

    @Test
    void askTakesTheQuestionAfterTheCommand() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "/ask Where are the talks?"));
        api.enqueue(privateText(ALICE, "/ask"));

        await().until(() -> api.sentTo(ALICE).size() == 2);
        assertThat(bot.questions).containsExactly("Where are the talks?");
        assertThat(api.sentTo(ALICE).get(0).text()).contains("<b>He Lifeng</b>");
        assertThat(api.sentTo(ALICE).get(1).text())
                .isEqualTo("Ask me a question after the command, for example: /ask Who leads China's delegation?");
    }

    @Test
    void helpListsEveryCommandOnALineOfItsOwn() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "/help"));

        await().until(() -> api.sentTo(ALICE).size() == 1);
        String help = api.sentTo(ALICE).get(0).text();
        assertThat(help.lines()).contains(
                "<b>/start</b> — a greeting and example questions",
                "<b>/help</b> — every command, one line each",
                "<b>/ask QUESTION</b> — answer a question",
                "<b>/summary</b> — the key points, with their sources",
                "<b>/sources</b> — the articles I know, with their dates",
                "<b>/latest</b> — the newest articles, with their dates and links",
                // the configured TALKBOT_SUMMARY_TIME, not "every morning"
                "<b>/subscribe</b> — post the daily summary here every day at 08:00 (UTC)",
                "<b>/unsubscribe</b> — stop the daily summary here");
        assertThat(bot.questions).isEmpty();
    }

    @Test
    void startSourcesSummaryAndLatestAnswer() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "/start"));
        api.enqueue(privateText(ALICE, "/sources"));
        api.enqueue(privateText(ALICE, "/summary"));
        api.enqueue(privateText(ALICE, "/latest"));

        await().until(() -> api.sentTo(ALICE).size() == 4);
        List<String> texts = api.sentTo(ALICE).stream().map(FakeBotApi.Sent::text).toList();
        assertThat(texts.get(0)).startsWith("Hello!").contains("• Who leads China's delegation?");
        assertThat(texts.get(1)).contains("<b>US &amp; China meet in &lt;London&gt;</b> — 9 June 2025 · Reuters");
        assertThat(texts.get(2)).startsWith("<b>The London talks</b>\n\n• The talks are in London.");
        assertThat(texts.get(3)).isEqualTo("The newest article I know:\n"
                + "<b>US &amp; China meet in &lt;London&gt;</b> — Monday 9 June 2025 · Reuters · https://example.com/talks?a=1&amp;b=2");
    }

    @Test
    void subscribeAndUnsubscribeGoThroughTheStore() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "/subscribe"));
        await().until(() -> api.sentTo(ALICE).size() == 1);
        assertThat(api.sentTo(ALICE).get(0).text()).startsWith("Subscribed");
        assertThat(bot.store.subscriptions()).containsExactly(new ChatRef("telegram", Long.toString(ALICE)));

        api.enqueue(privateText(ALICE, "/unsubscribe"));
        await().until(() -> api.sentTo(ALICE).size() == 2);
        assertThat(api.sentTo(ALICE).get(1).text()).startsWith("Unsubscribed");
        assertThat(bot.store.subscriptions()).isEmpty();
    }

    @Test
    void anUnknownCommandGetsAPointerToHelp() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "/weather London"));

        await().until(() -> api.sentTo(ALICE).size() == 1);
        assertThat(api.sentTo(ALICE).get(0).text()).isEqualTo(
                "I don't know that command. Send /help to see what I can do.");
    }

    @Test
    void inAGroupTheBotAnswersMentionsCommandsAndRepliesToItOnlyAndRepliesToTheAsker() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(groupText(GROUP, ALICE, "anyone seen the news from London?"));
        api.enqueue(groupText(GROUP, ALICE, "/ask@OtherBot who leads?"));
        api.enqueue(groupText(GROUP, ALICE, "/weather"));
        ObjectNode mention = groupText(GROUP, ALICE, "@talkbot who leads China's delegation?");
        int mentionId = api.enqueue(mention);

        awaitHandled(bot, mentionId);
        assertThat(api.sentTo(GROUP)).hasSize(1);
        FakeBotApi.Sent first = api.sentTo(GROUP).get(0);
        assertThat(first.replyTo()).isEqualTo(messageId(mention));
        assertThat(api.calls("sendMessage").get(0).params().path("reply_to_message_id").asInt())
                .isEqualTo(messageId(mention));
        assertThat(bot.questions).containsExactly("who leads China's delegation?");

        ObjectNode toBot = groupReply(GROUP, BOB, "and the US side?", first.messageId(), true);
        api.enqueue(toBot);
        api.enqueue(groupReply(GROUP, BOB, "I agree", 5, false));
        ObjectNode askMe = groupText(GROUP, BOB, "/ask@TalkBot where are they meeting?");
        api.enqueue(askMe);
        int last = api.enqueue(groupText(GROUP, BOB, "/help"));

        awaitHandled(bot, last);
        List<FakeBotApi.Sent> sent = api.sentTo(GROUP);
        assertThat(sent).hasSize(4);
        assertThat(sent.get(1).replyTo()).isEqualTo(messageId(toBot));
        assertThat(sent.get(2).replyTo()).isEqualTo(messageId(askMe));
        assertThat(sent.get(3).text()).contains("<b>/ask QUESTION</b>");
        assertThat(bot.questions).containsExactly("who leads China's delegation?", "and the US side?",
                "where are they meeting?");
    }

    @Test
    void anAnonymousAdminIsAnsweredAndAnotherBotIsNot() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(FakeBotApi.botText(GROUP, "@TalkBot who leads?"));
        int id = api.enqueue(FakeBotApi.anonymousAdminText(GROUP, "@TalkBot where are the talks?"));

        awaitHandled(bot, id);
        assertThat(api.sentTo(GROUP)).hasSize(1);
        assertThat(bot.questions).containsExactly("where are the talks?");
    }

    @Test
    void aServerThatDoesNotHoldPollsStillWorks() throws Exception {
        api.holdPolls(false);
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

        await().until(() -> api.sentTo(ALICE).size() == 1);
        api.enqueue(privateText(ALICE, "Where are the talks?"));
        await().until(() -> api.sentTo(ALICE).size() == 2);
        assertThat(bot.questions).hasSize(2);
    }

    @Test
    void aCommandForAnotherBotIsIgnoredEvenInPrivate() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        int id = api.enqueue(privateText(ALICE, "/ask@OtherBot who leads?"));

        awaitHandled(bot, id);
        assertThat(api.sent()).isEmpty();
        assertThat(bot.questions).isEmpty();
    }

    @Test
    void hostileMarkupInAQuestionIsEscaped() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "echo who is <b>Bessent</b> & <script>"));

        await().until(() -> api.sentTo(ALICE).size() == 1);
        String text = api.sentTo(ALICE).get(0).text();
        assertThat(text).isEqualTo("You asked: who is &lt;b&gt;Bessent&lt;/b&gt; &amp; &lt;script&gt;");
        assertThat(HtmlCheck.problem(text)).isEmpty();
    }

    @Test
    void aMessageOverAThousandCharactersGetsAPoliteRefusal() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "why ".repeat(300)));

        await().until(() -> api.sentTo(ALICE).size() == 1);
        assertThat(api.sentTo(ALICE).get(0).text()).contains("too long").contains("1000 characters");
        assertThat(bot.questions).isEmpty();
    }

    @Test
    void a429IsWaitedOutAndTheReplyDeliveredExactlyOnce() throws Exception {
        api.failNext("sendMessage", FakeBotApi.Failure.tooManyRequests(1));
        TestBot bot = started(new TestBot(api, dir));
        int id = api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

        awaitHandled(bot, id);
        assertThat(api.sentTo(ALICE)).hasSize(1);
        assertThat(api.sendAttempts()).isEqualTo(2);
    }

    @Test
    void serverAndNetworkErrorsAreRetriedAndTheReplyDeliveredOnce() throws Exception {
        api.failNext("sendMessage", FakeBotApi.Failure.serverError(), FakeBotApi.Failure.badGatewayPage(),
                FakeBotApi.Failure.disconnect());
        TestBot bot = started(new TestBot(api, dir));
        int id = api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

        awaitHandled(bot, id);
        assertThat(api.sentTo(ALICE)).hasSize(1);
        assertThat(api.sendAttempts()).isEqualTo(4);
    }

    @Test
    void pollingGoesOnAfterGetUpdatesFails() throws Exception {
        api.failNext("getUpdates", FakeBotApi.Failure.serverError(), FakeBotApi.Failure.disconnect(),
                FakeBotApi.Failure.badGatewayPage());
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

        await().until(() -> api.sentTo(ALICE).size() == 1);
    }

    @Test
    void updatesThatAreNotTextMessagesAreSkippedAndPollingGoesOn() throws Exception {
        TestBot bot = started(new TestBot(api, dir));
        api.enqueue(FakeBotApi.photo(ALICE));
        api.enqueue(FakeBotApi.sticker(ALICE));
        api.enqueue(FakeBotApi.editedText(ALICE, "edited: who leads?"));
        api.enqueue(FakeBotApi.callbackQuery(ALICE));
        api.enqueue(FakeBotApi.channelPost(-100777, "news from the channel"));
        int text = api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

        awaitHandled(bot, text);
        assertThat(api.sent()).hasSize(1);
        assertThat(bot.questions).containsExactly("Who leads China's delegation?");

        api.enqueue(privateText(ALICE, "Where are the talks?"));
        await().until(() -> api.sentTo(ALICE).size() == 2);
    }

    @Test
    void aFailureInTheCoreGetsAnApologyAndPollingGoesOn() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            started(new TestBot(api, dir));
            api.enqueue(privateText(ALICE, "please explode now"));
            api.enqueue(privateText(ALICE, "Who leads China's delegation?"));

            await().until(() -> api.sentTo(ALICE).size() == 2);
            assertThat(api.sentTo(ALICE).get(0).text()).isEqualTo(
                    "Sorry, something went wrong while answering that. Please try again in a moment.");
            assertThat(api.sentTo(ALICE).get(1).text()).contains("He Lifeng");
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l)
                    .startsWith("ERROR talkbot.chat.Conversation")
                    .contains("java.lang.IllegalStateException: the index broke while answering: ****"));
            assertThat(logs.all()).doesNotContain("please explode now");
        }
    }

    @Test
    void aRestartWithTheSameStoreHandlesNoUpdateTwice() throws Exception {
        try (Store store = SqliteStore.open(dir.resolve("shared"))) {
            int first;
            try (TestBot bot = new TestBot(api, dir, 20, store).start()) {
                first = api.enqueue(privateText(ALICE, "Who leads China's delegation?"));
                awaitHandled(bot, first);
            }
            assertThat(store.cursor(OFFSET)).hasValue(first + 1);

            // Telegram never heard that the first update was handled: it serves it again.
            api.honourOffsets(false);
            try (TestBot bot = new TestBot(api, dir, 20, store).start()) {
                int second = api.enqueue(privateText(ALICE, "Where are the talks?"));
                awaitHandled(bot, second);

                assertThat(bot.questions).containsExactly("Where are the talks?");
                assertThat(api.sentTo(ALICE)).hasSize(2);
                assertThat(api.offsets()).contains(first + 1);
            }
        }
    }

    @Test
    void aChatOverItsRateLimitIsToldToSlowDownOnce() throws Exception {
        TestBot bot = started(new TestBot(api, dir, 2, null));
        for (int i = 0; i < 4; i++) {
            api.enqueue(privateText(ALICE, "Who leads? " + i));
        }
        int other = api.enqueue(privateText(BOB, "Who leads?"));
        int last = api.enqueue(privateText(ALICE, "Who leads? again"));

        awaitHandled(bot, last);
        List<String> toAlice = api.sentTo(ALICE).stream().map(FakeBotApi.Sent::text).toList();
        assertThat(toAlice).hasSize(3);
        assertThat(toAlice.get(2)).isEqualTo(
                "You're asking faster than I can keep up with. Please wait a minute and try again.");
        assertThat(api.sentTo(BOB)).hasSize(1);
        assertThat(bot.questions).containsExactlyInAnyOrder("Who leads? 0", "Who leads? 1", "Who leads?");
        assertThat(other).isLessThan(last);
    }

    @Test
    void aBadTokenStopsStartWithAMessageThatDoesNotShowIt() {
        api.failNext("getMe", FakeBotApi.Failure.unauthorized());
        try (TestBot bot = new TestBot(api, dir)) {
            assertThatThrownBy(bot::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TELEGRAM_BOT_TOKEN")
                    .hasMessageNotContaining(TestBot.TOKEN);
        }
    }

    @Test
    void aMalformedGetMeAnswerSaysWhatFailedInOneLine() {
        // an emulator's getMe without is_bot: HTTP 200, "ok": true, but not a Bot API User
        String noIsBot = "{\"ok\":true,\"result\":{\"id\":" + FakeBotApi.BOT_ID + ",\"first_name\":\"Talk Bot\","
                + "\"username\":\"" + FakeBotApi.BOT_USERNAME + "\"}}";
        for (int i = 0; i < 10; i++) {
            api.failNext("getMe", new FakeBotApi.Failure(200, noIsBot, false));
        }
        try (TestBot bot = new TestBot(api, dir)) {
            assertThatThrownBy(bot::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the Telegram Bot API at 127.0.0.1 answered getMe, but not with a bot user I can read")
                    .hasMessageContaining("is_bot")
                    .hasMessageNotContaining("cannot reach")
                    .hasMessageNotContaining("\n")
                    .hasMessageNotContaining(TestBot.TOKEN);
        }
        assertThat(api.calls("getme")).as("an answer that cannot be read is not retried").hasSize(1);
    }

    @Test
    void aFailedConnectionIsOneLinePerFailureWithoutAStackTrace() {
        api.close(); // nothing listens any more
        try (LogCapture logs = new LogCapture(); TestBot bot = new TestBot(api, dir)) {
            assertThatThrownBy(bot::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot reach the Telegram Bot API at 127.0.0.1")
                    .hasMessageNotContaining("\n");
            List<String> loud = logs.lines().stream()
                    .filter(l -> l.startsWith("INFO") || l.startsWith("WARN") || l.startsWith("ERROR")).toList();
            assertThat(loud).anySatisfy(l -> assertThat(l).contains("telegram getme failed"));
            assertThat(loud).allSatisfy(l -> assertThat(l).as("one line, no stack trace").doesNotContain("\n"));
        }
    }

    @Test
    void closeLeavesNoThreadThatKeepsTheJvmAlive() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        TestBot bot = new TestBot(api, dir).start();
        api.enqueue(privateText(ALICE, "Who leads China's delegation?"));
        await().until(() -> api.sentTo(ALICE).size() == 1);

        bot.close();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.isAlive() && !t.isDaemon() && !before.contains(t))
                        .filter(t -> !t.getName().startsWith("awaitility"))
                        .map(Thread::getName)
                        .collect(Collectors.toList()))
                .isEmpty());
    }
}
