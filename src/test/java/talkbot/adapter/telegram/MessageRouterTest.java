package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.chat.Command;

class MessageRouterTest {
    static final BotIdentity ME = new BotIdentity(4242, "TalkBot");
    final MessageRouter router = new MessageRouter(ME);

    static IncomingMessage inPrivate(String text) {
        return new IncomingMessage(1, 1001, true, 7, null, text, false, null);
    }

    static IncomingMessage inGroup(String text) {
        return new IncomingMessage(1, -100, false, 7, null, text, false, null);
    }

    static IncomingMessage replyInGroup(String text, long toUser) {
        return new IncomingMessage(1, -100, false, 7, null, text, false, toUser);
    }

    @Test
    void inPrivateEveryMessageIsAQuestion() {
        assertThat(router.route(inPrivate("  Who leads China's delegation?  ")))
                .isEqualTo(new Route.Ask("Who leads China's delegation?"));
        assertThat(router.route(inPrivate("/path/to nowhere"))).isEqualTo(new Route.Ask("/path/to nowhere"));
    }

    @Test
    void commandsAreRecognisedWithTheirArgument() {
        assertThat(router.route(inPrivate("/ask Where are the talks?")))
                .isEqualTo(new Route.Run(Command.ASK, "Where are the talks?"));
        assertThat(router.route(inPrivate("/ask\nmultiline\nquestion")))
                .isEqualTo(new Route.Run(Command.ASK, "multiline\nquestion"));
        assertThat(router.route(inPrivate("/HELP"))).isEqualTo(new Route.Run(Command.HELP, ""));
        assertThat(router.route(inPrivate("/start"))).isEqualTo(new Route.Run(Command.START, ""));
        assertThat(router.route(inGroup("/summary"))).isEqualTo(new Route.Run(Command.SUMMARY, ""));
    }

    @Test
    void commandsAddressedToTheBotByNameWorkInAnyCase() {
        assertThat(router.route(inGroup("/ask@TalkBot who leads?"))).isEqualTo(new Route.Run(Command.ASK, "who leads?"));
        assertThat(router.route(inGroup("/sources@talkbot"))).isEqualTo(new Route.Run(Command.SOURCES, ""));
    }

    @Test
    void commandsForAnotherBotAreIgnored() {
        assertThat(router.route(inGroup("/ask@OtherBot who leads?"))).isEqualTo(new Route.Ignore());
        assertThat(router.route(inPrivate("/help@OtherBot"))).isEqualTo(new Route.Ignore());
    }

    @Test
    void unknownCommandsAreAnsweredWhenAddressedToTheBot() {
        assertThat(router.route(inPrivate("/weather"))).isEqualTo(new Route.Unknown("weather"));
        assertThat(router.route(inGroup("/weather@TalkBot"))).isEqualTo(new Route.Unknown("weather"));
        assertThat(router.route(replyInGroup("/weather", ME.id()))).isEqualTo(new Route.Unknown("weather"));
        assertThat(router.route(inGroup("/weather"))).isEqualTo(new Route.Ignore());
    }

    @Test
    void inAGroupAMentionIsAQuestionWithoutTheMention() {
        assertThat(router.route(inGroup("@talkbot who leads China's delegation?")))
                .isEqualTo(new Route.Ask("who leads China's delegation?"));
        assertThat(router.route(inGroup("hey @TALKBOT, where are the talks?")))
                .isEqualTo(new Route.Ask("hey , where are the talks?"));
        assertThat(router.route(inGroup("@TalkBot, where are the talks?")))
                .isEqualTo(new Route.Ask("where are the talks?"));
        assertThat(router.route(inGroup("@TalkBot /help"))).isEqualTo(new Route.Run(Command.HELP, ""));
        assertThat(router.route(inGroup("@TalkBot"))).isEqualTo(new Route.Ask(""));
    }

    @Test
    void aLongerUsernameOrAnEmailIsNotAMention() {
        assertThat(router.route(inGroup("ask @TalkBotFan about it"))).isEqualTo(new Route.Ignore());
        assertThat(router.route(inGroup("mail me at me@TalkBot.example"))).isEqualTo(new Route.Ignore());
    }

    @Test
    void inAGroupAReplyToTheBotIsAQuestionAndOtherChatterIsIgnored() {
        assertThat(router.route(replyInGroup("and the US side?", ME.id()))).isEqualTo(new Route.Ask("and the US side?"));
        assertThat(router.route(replyInGroup("I agree", 555))).isEqualTo(new Route.Ignore());
        assertThat(router.route(inGroup("anyone seen the news?"))).isEqualTo(new Route.Ignore());
    }

    @Test
    void messagesFromBotsAreIgnored() {
        assertThat(router.route(new IncomingMessage(1, 1001, true, 7, null, "/help", true, null)))
                .isEqualTo(new Route.Ignore());
    }
}
