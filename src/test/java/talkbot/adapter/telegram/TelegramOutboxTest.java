package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;
import talkbot.chat.Reply;
import talkbot.chat.Section;

/** Unprompted posts through {@link TelegramPlatform#outbox()}, over HTTP against {@link FakeBotApi}. */
class TelegramOutboxTest {
    static final String CHAT = "-1001234567890";

    @TempDir
    Path dir;

    FakeBotApi api;
    TestBot bot;
    Outbox outbox;

    @BeforeEach
    void setUp() throws Exception {
        api = new FakeBotApi();
        bot = new TestBot(api, dir); // not started: posting needs no polling
        outbox = bot.platform.outbox();
    }

    @AfterEach
    void tearDown() {
        bot.close();
        api.close();
    }

    static Reply summary() {
        return new Reply(List.of(Section.titled("The London talks", null),
                new Section(null, "• The talks are in London.", List.of(TestBot.CITATION))));
    }

    @Test
    void aPostIsSentAsHtmlWithoutReplyingToAnything() {
        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.SENT);

        assertThat(api.sent()).singleElement().satisfies(s -> {
            assertThat(s.chatId()).isEqualTo(CHAT);
            assertThat(s.parseMode()).isEqualToIgnoringCase("HTML");
            assertThat(s.replyTo()).isNull();
            assertThat(s.text()).startsWith("<b>The London talks</b>\n\n• The talks are in London.\n<blockquote>");
        });
    }

    @Test
    void aPostToAChatBeingAnsweredDoesNotPassForItsReply() {
        List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        talkbot.adapter.delivery.InboxWorkers.Sending reply = new talkbot.adapter.delivery.InboxWorkers.Sending() {
            @Override
            public void record() {
                asked.add("record");
            }

            @Override
            public void recordThen(talkbot.store.Inbox.Part part, java.util.function.BooleanSupplier lastByte) {
                asked.add("record " + part);
                lastByte.getAsBoolean();
            }

            @Override
            public void release(int from, boolean maybeSent) {
                asked.add("release");
            }
        };
        // a worker is answering this chat: its send gate is open under the chat's id
        talkbot.adapter.delivery.SendGates.Gate gate = bot.platform.gates().open(CHAT, reply);
        try {
            assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.SENT);
        } finally {
            bot.platform.gates().close(CHAT, gate);
        }
        assertThat(api.sent()).hasSize(1);
        assertThat(asked).as("the summary is not recorded as the worker's reply").isEmpty();
    }

    @Test
    void aShort429IsWaitedOutOnceAndThePostSentOnce() {
        api.failNext("sendMessage", FakeBotApi.Failure.tooManyRequests(1));

        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.SENT);
        assertThat(api.sent()).hasSize(1);
        assertThat(api.sendAttempts()).isEqualTo(2);
    }

    @Test
    void aLong429IsLeftToTheCaller() {
        api.failNext("sendMessage", FakeBotApi.Failure.tooManyRequests(30));

        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.RETRY);
        assertThat(api.sendAttempts()).isEqualTo(1);
    }

    @Test
    void serverErrorsAreLeftToTheCallerWithoutRetrying() {
        api.failNext("sendMessage", FakeBotApi.Failure.serverError(), FakeBotApi.Failure.badGatewayPage());

        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.RETRY);
        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.RETRY);
        assertThat(api.sendAttempts()).isEqualTo(2);
        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.SENT);
        assertThat(api.sent()).hasSize(1);
    }

    @Test
    void aBlockedBotOrAMissingChatIsGone() {
        api.failNext("sendMessage", FakeBotApi.Failure.forbidden(), FakeBotApi.Failure.chatNotFound());

        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.GONE);
        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.GONE);
        assertThat(api.sent()).isEmpty();
    }

    @Test
    void anUnreachableApiIsRetryLater() {
        api.close();

        assertThat(outbox.deliver(CHAT, summary())).isEqualTo(Delivery.RETRY);
    }

    @Test
    void aLongPostGoesOutInSeveralMessagesEachOneValid() {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.titled("The London talks", null));
        for (int i = 0; i < 40; i++) {
            sections.add(new Section(null, "• Point " + i + " <with> & markup " + "and more words ".repeat(10),
                    List.of(TestBot.CITATION)));
        }

        assertThat(outbox.deliver(CHAT, new Reply(sections))).isEqualTo(Delivery.SENT);

        List<FakeBotApi.Sent> sent = api.sent();
        assertThat(sent).hasSizeGreaterThan(1);
        assertThat(sent).allSatisfy(s -> {
            assertThat(s.text().length()).isLessThanOrEqualTo(4096);
            assertThat(HtmlCheck.problem(s.text())).isEmpty();
        });
        String all = String.join("\n\n", sent.stream().map(FakeBotApi.Sent::text).toList());
        for (int i = 0; i < 40; i++) {
            assertThat(all).contains("• Point " + i + " &lt;with&gt; &amp; markup");
        }
    }
}
