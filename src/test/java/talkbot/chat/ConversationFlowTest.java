package talkbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Answerer;
import talkbot.answer.Cores;
import talkbot.corpus.BotProfile;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.model.ChatRef;
import talkbot.store.SqliteStore;
import talkbot.summary.CorpusSummarizer;
import talkbot.testing.MutableClock;

/**
 * The platform-neutral conversation on its own, with the real core and a real store: what every
 * platform gets alike — the same texts for a command and its words, one rate limit, one apology,
 * contexts that expire, choices and votes that cannot be replayed from another chat, votes kept
 * for TALKBOT_FEEDBACK_DAYS.
 */
class ConversationFlowTest {
    static final Surface SURFACE = Surface.of(c -> "/" + c.word());
    static final Where ALICE = new Where(new ChatRef("telegram", "1001"), "", "1001");
    static final Where ELSEWHERE = new Where(new ChatRef("telegram", "2002"), "", "1001");
    static final Where CONSOLE = Where.chat(new ChatRef("console", "local"), null);

    @TempDir
    Path dir;

    SqliteStore store;
    MutableClock clock = new MutableClock();

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Conversation conversation(Answerer core, int perMinute) {
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        ChatService service = new ChatService(core, new CorpusSummarizer(corpus), corpus.infos(), store,
                BotProfile.load(Path.of("corpus")), "every day at 23:00 (Europe/London)", Duration.ofMinutes(10));
        return new Conversation(service, store.feedback(), new Conversation.Options(perMinute, Duration.ofDays(90), clock));
    }

    private Conversation conversation() {
        return conversation(Cores.project(), 1000);
    }

    private static Outcome ask(Conversation c, Where where, String text) {
        return c.handle(new Request(where, new Input.Ask(text), SURFACE));
    }

    private static Outcome run(Conversation c, Where where, Command command) {
        return c.handle(new Request(where, new Input.Run(command, ""), SURFACE));
    }

    private static Outcome press(Conversation c, Where where, Button button) {
        return c.handle(new Request(where, new Input.Press(button.payload()), SURFACE));
    }

    @Test
    void wordsForACommandGetWhatTheCommandGives() {
        Conversation c = conversation();
        assertThat(ask(c, ALICE, "help").reply()).isEqualTo(run(c, ALICE, Command.HELP).reply());
        assertThat(ask(c, ALICE, "summary").reply()).isEqualTo(run(c, ALICE, Command.SUMMARY).reply());
        assertThat(ask(c, ALICE, "hello").reply()).isEqualTo(run(c, ALICE, Command.START).reply());
        // the help says when the daily summary comes, as configured
        assertThat(ConsoleLike.text(run(c, ALICE, Command.HELP).reply())).contains("every day at 23:00 (Europe/London)");
    }

    @Test
    void overTheRateLimitAChatIsToldOnceAndThenLeftUnanswered() {
        Conversation c = conversation(Cores.project(), 2);
        assertThat(ask(c, ALICE, "Who leads China's delegation?").reply()).isNotNull();
        assertThat(ask(c, ALICE, "Who leads China's delegation?").reply()).isNotNull();
        assertThat(ConsoleLike.text(ask(c, ALICE, "Who leads China's delegation?").reply())).contains("faster than I can keep up");
        assertThat(ask(c, ALICE, "Who leads China's delegation?").silent()).isTrue();
        assertThat(ask(c, ELSEWHERE, "Who leads China's delegation?").reply()).as("another chat has its own limit").isNotNull();
        clock.advance(Duration.ofMinutes(1));
        assertThat(ConsoleLike.text(ask(c, ALICE, "Who leads China's delegation?").reply())).contains("He Lifeng");
    }

    @Test
    void theRestOfAReplyCutShortByAStopIsNotHeldToTheRateLimitAgain() {
        Conversation c = conversation(Cores.project(), 1);
        ask(c, ALICE, "/sources");
        Outcome resumed = c.handle(new Request(ALICE, new Input.Run(Command.SOURCES, ""), SURFACE, true));
        assertThat(ConsoleLike.text(resumed.reply())).contains("I know 1 article");
        assertThat(ConsoleLike.text(ask(c, ALICE, "Who leads China's delegation?").reply())).contains("faster than I can keep up");
    }

    @Test
    void aFailureOfTheCoreIsAnApology() {
        Conversation c = conversation(q -> {
            throw new IllegalStateException("broken: " + q);
        }, 1000);
        assertThat(ask(c, ALICE, "anything").reply()).isEqualTo(ChatService.apology());
    }

    @Test
    void aFollowUpLeansOnTheLastExchangeUntilItExpires() {
        Conversation c = conversation();
        ask(c, ALICE, "Who leads China's delegation?");
        clock.advance(Duration.ofMinutes(9));
        assertThat(ConsoleLike.text(ask(c, ALICE, "and the US side?").reply())).contains("Bessent");
        clock.advance(Duration.ofMinutes(10));
        assertThat(ConsoleLike.text(ask(c, ALICE, "who else?").reply())).doesNotContain("Lutnick");
    }

    @Test
    void aChoiceIsMadeOnceAndOnlyInItsOwnChat() {
        Conversation c = conversation(Cores.testCorpus("rounds"), 1000);
        Reply asked = ask(c, ALICE, "when did the talks take place?").reply();
        assertThat(asked.choices()).hasSize(2);
        assertThat(asked.votes()).isEmpty();

        Outcome elsewhere = press(c, ELSEWHERE, asked.choices().get(1));
        assertThat(elsewhere.reply()).isNull();
        assertThat(elsewhere.notice()).contains("another chat");

        Outcome chosen = press(c, ALICE, asked.choices().get(1));
        assertThat(ConsoleLike.text(chosen.reply())).contains("May 2025");
        assertThat(chosen.edited().choices()).as("the question's buttons are spent").isEmpty();
        assertThat(ConsoleLike.text(chosen.edited())).contains("→ the talks in Geneva (May 2025)");

        Outcome again = press(c, ALICE, asked.choices().get(0));
        assertThat(again.reply()).isNull();
        assertThat(again.notice()).contains("already made");
    }

    @Test
    void aVoteIsKeptOncePerPersonOnlyFromItsChatAndForgottenAfterItsDays() {
        Conversation c = conversation();
        Reply answer = ask(c, ALICE, "Who leads China's delegation?").reply();
        Button down = answer.votes().get(1);
        assertThat(down.label()).isEqualTo("👎");

        assertThat(press(c, ELSEWHERE, down).notice()).contains("another chat");
        assertThat(store.feedback().votes()).isEmpty();

        Outcome voted = press(c, ALICE, down);
        assertThat(voted.notice()).isEqualTo("Thanks for your feedback!");
        assertThat(voted.edited().votes()).extracting(Button::label).containsExactly("Thanks for your feedback ✓");
        assertThat(press(c, ALICE, down).notice()).isEqualTo("You have already voted on this answer.");
        Where bob = new Where(ALICE.chat(), "", "1002");
        press(c, bob, answer.votes().get(0));
        assertThat(store.feedback().votes()).extracting(v -> v.up()).containsExactly(false, true);
        assertThat(store.feedback().votes().get(0).voter()).as("kept as a hash").doesNotContain("1001");

        clock.advance(Duration.ofDays(91));
        Reply later = ask(c, ALICE, "Where are the talks being held?").reply();
        press(c, ALICE, later.votes().get(0));
        assertThat(store.feedback().votes()).as("votes older than TALKBOT_FEEDBACK_DAYS are forgotten").hasSize(1);
    }

    @Test
    void inAGroupAVoteLeavesTheButtonsForEveryoneElse() {
        Conversation c = conversation();
        ChatRef group = new ChatRef("telegram", "-1001234");
        Reply answer = ask(c, new Where(group, "1001", "1001"), "Who leads China's delegation?").reply();
        Outcome bobVoted = press(c, new Where(group, "1002", "1002"), answer.votes().get(0));
        assertThat(bobVoted.notice()).isEqualTo("Thanks for your feedback!");
        assertThat(bobVoted.edited()).as("the buttons stay for the others").isNull();
        Outcome aliceVoted = press(c, new Where(group, "1001", "1001"), answer.votes().get(1));
        assertThat(aliceVoted.notice()).isEqualTo("Thanks for your feedback!");
        assertThat(store.feedback().votes()).extracting(v -> v.up()).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void refusalsTheSummaryAndTheConsoleHaveNoVotes() {
        Conversation c = conversation();
        assertThat(ask(c, ALICE, "What did Macron say?").reply().votes()).isEmpty();
        assertThat(ask(c, ALICE, "summary").reply().votes()).isEmpty();
        assertThat(ask(c, CONSOLE, "Who leads China's delegation?").reply().votes()).isEmpty();
    }

    @Test
    void aPayloadTheBotDidNotWriteIsIgnored() {
        Conversation c = conversation();
        for (String forged : List.of("", "ok.x", "v1.AAAAAAAAAAAAAAAA.d", "c1.AAAAAAAAAAAAAAAA.1", "<script>", "v1..u")) {
            Outcome o = c.handle(new Request(ALICE, new Input.Press(forged), SURFACE));
            assertThat(o.reply()).isNull();
            assertThat(o.edited()).isNull();
        }
        assertThat(store.feedback().votes()).isEmpty();
    }

    /** A reply's words, as a console would print them (titles, texts, quotes). */
    static final class ConsoleLike {
        static String text(Reply reply) {
            StringBuilder out = new StringBuilder();
            for (Section s : reply.sections()) {
                if (s.title() != null) {
                    out.append(s.title()).append('\n');
                }
                if (s.text() != null) {
                    out.append(s.text()).append('\n');
                }
                s.quotes().forEach(q -> out.append(q.sentence()).append('\n'));
            }
            return out.toString();
        }
    }
}
