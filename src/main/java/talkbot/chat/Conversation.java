package talkbot.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.answer.Answer;
import talkbot.answer.Choice;
import talkbot.answer.Turn;
import talkbot.intent.Intent;
import talkbot.store.Feedback;

/**
 * The conversation every platform has with the bot, in one place: a platform adapter parses a
 * message into a {@link Request}, calls {@link #handle}, and renders the {@link Outcome}. Here, in
 * order: the chat's rate limit (over it, the chat is told to slow down once a minute and otherwise
 * ignored), the command or the question, the conversation's context (its last exchange, for
 * follow-ups), the core, the reply; asking back with choices when a question fits several rounds;
 * 👍 / 👎 under each answer, and the votes. Any failure becomes an apology. Thread-safe; what it
 * remembers (contexts, what buttons stand for) is in memory, bounded, and expires.
 */
public final class Conversation {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    /** Conversations whose context is remembered at once; the least recently active are forgotten first. */
    static final int MAX_CONTEXTS = 10_000;
    /** A reply that is just the number of a choice offered: "2", "2.", "#2". */
    private static final Pattern NUMBER = Pattern.compile("^#?\\s*([0-9]{1,2})\\s*[.)]?$");

    /**
     * @param ratePerMinute questions (and commands) one chat may send a minute
     * @param feedbackKept  how long votes are kept
     * @param clock         the time (a fake one in tests)
     */
    public record Options(int ratePerMinute, Duration feedbackKept, Clock clock) {
        public Options {
            if (ratePerMinute < 1) {
                throw new IllegalArgumentException("ratePerMinute must be at least 1");
            }
            Objects.requireNonNull(feedbackKept, "feedbackKept");
            Objects.requireNonNull(clock, "clock");
        }

        public static Options defaults() {
            return new Options(20, Duration.ofDays(90), Clock.systemUTC());
        }
    }

    /** A conversation's last exchange, and the choices it was offered when the bot asked back. */
    private record Context(Turn turn, String offer) {}

    private final ChatService service;
    private final Feedback feedback;
    private final Options options;
    private final RateLimiter limiter;
    private final RateLimiter slowDownNotices;
    private final Recent<String, Context> contexts;
    private final Buttons buttons;

    public Conversation(ChatService service, Feedback feedback, Options options) {
        this.service = Objects.requireNonNull(service, "service");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.options = Objects.requireNonNull(options, "options");
        this.limiter = new RateLimiter(options.ratePerMinute(), Duration.ofMinutes(1), options.clock());
        this.slowDownNotices = new RateLimiter(1, Duration.ofMinutes(1), options.clock());
        this.contexts = new Recent<>(service.context(), MAX_CONTEXTS, options.clock());
        this.buttons = new Buttons(options.clock());
    }

    /** The commands' replies (greeting, help, sources, summary), for platforms that need them outside a conversation. */
    public ChatService service() {
        return service;
    }

    /** What the bot does about one message. Never throws: a failure is logged (without the message) and apologised for. */
    public Outcome handle(Request request) {
        try {
            Input input = request.input();
            if (input instanceof Input.Press p && !(Buttons.read(p.payload()) instanceof Buttons.Pick)) {
                return press(request, Buttons.read(p.payload())); // votes and thanks are not questions: no rate limit
            }
            String chat = request.where().chat().toString();
            if (!request.resumed() && !limiter.tryAcquire(chat)) {
                if (slowDownNotices.tryAcquire(chat)) {
                    LOG.info("{}: chat {} is over its rate limit; asked it to slow down", request.where().chat().platform(),
                            request.where().chat().hashedId());
                    return Outcome.reply(ChatService.slowDown());
                }
                return Outcome.nothing();
            }
            return dispatch(request);
        } catch (RuntimeException e) {
            LOG.error("{}: handling a message in chat {} failed: {}", request.where().chat().platform(),
                    request.where().chat().hashedId(), LogSafe.describe(e, userText(request.input())));
            return Outcome.reply(ChatService.apology());
        }
    }

    private Outcome dispatch(Request r) {
        Input input = r.input();
        Surface surface = r.surface();
        if (input instanceof Input.Ask a) {
            return ask(r, a.text());
        }
        if (input instanceof Input.Press p) {
            return press(r, Buttons.read(p.payload()));
        }
        if (input instanceof Input.Unknown) {
            return Outcome.reply(service.unknown(surface));
        }
        Input.Run run = (Input.Run) input;
        return switch (run.command()) {
            case START -> Outcome.reply(service.start(surface));
            case HELP -> Outcome.reply(service.help(surface));
            case ASK -> run.argument().isBlank() ? Outcome.reply(service.askWhat(surface)) : ask(r, run.argument());
            case SUMMARY -> Outcome.reply(service.summary(r.where().chat()));
            case SOURCES -> Outcome.reply(service.sources());
            case LATEST -> Outcome.reply(service.latest());
            case SUBSCRIBE -> Outcome.reply(service.subscribe(r.where().chat(), surface));
            case UNSUBSCRIBE -> Outcome.reply(service.unsubscribe(r.where().chat(), surface));
        };
    }

    /**
     * A question: read with the conversation's last exchange (when it is recent), answered by the
     * core, remembered as the next exchange. Asking for help, saying hello or asking for a summary
     * in words gets what the commands give. A number picks one of the choices just offered.
     */
    private Outcome ask(Request r, String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return Outcome.reply(service.askWhat(r.surface()));
        }
        if (q.length() > ChatService.MAX_QUESTION_CHARS) {
            return Outcome.reply(service.tooLong(q.length()));
        }
        Where where = r.where();
        Context context = contexts.get(where.key());
        Matcher number = NUMBER.matcher(q);
        if (context != null && context.offer() != null && number.matches()) {
            return pick(r, context.offer(), Integer.parseInt(number.group(1)), false);
        }
        long start = System.nanoTime();
        Answer a = service.answerer().answer(q, context == null ? null : context.turn());
        QuestionLog.log(where.chat(), a, System.nanoTime() - start);
        if (!a.answered() && (a.intent() == Intent.HELP || a.intent() == Intent.GREETING)) {
            return Outcome.reply(a.intent() == Intent.HELP ? service.help(r.surface()) : service.start(r.surface()));
        }
        if (a.intent() == Intent.SUMMARY) {
            return Outcome.reply(service.summary(where.chat()));
        }
        if (!a.choices().isEmpty()) {
            return askBack(where, a);
        }
        contexts.put(where.key(), new Context(new Turn(a.question(), a), null));
        return Outcome.reply(withVotes(where, a));
    }

    /** "Do you mean the talks in Geneva (May 2025) or the talks in London (June 2025)?", with a button (a number) for each. */
    private Outcome askBack(Where where, Answer a) {
        List<Choice> choices = a.choices();
        Reply question = Reply.text("Do you mean " + either(choices) + "?");
        String offer = buttons.offer(where, choices, question);
        contexts.put(where.key(), new Context(new Turn(a.question(), a), offer));
        return Outcome.reply(question.withChoices(Buttons.choiceButtons(offer, choices)));
    }

    private static String either(List<Choice> choices) {
        List<String> labels = choices.stream().map(Choice::label).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    /** An answer's reply, with 👍 / 👎 when it answers from the articles (not a refusal, not the summary). */
    private Reply withVotes(Where where, Answer a) {
        Reply reply = Reply.of(a);
        if (!a.answered() || a.intent() == Intent.SUMMARY || where.user() == null) {
            return reply;
        }
        String id = buttons.votable(where, a, reply);
        return reply.withVotes(Buttons.voteButtons(id));
    }

    private Outcome press(Request r, Buttons.Pressed pressed) {
        if (pressed instanceof Buttons.Pick p) {
            return pick(r, p.id(), p.number(), true);
        }
        if (pressed instanceof Buttons.Vote v) {
            return vote(r, v);
        }
        if (pressed instanceof Buttons.Thanks) {
            return new Outcome(null, null, "Thanks — this answer has been voted on.");
        }
        LOG.info("{}: a button press with a payload the bot did not write; ignored", r.where().chat().platform());
        return new Outcome(null, null, "That button isn't one of mine.");
    }

    /**
     * One of the choices offered: its question is answered as a question of its own, and
     * remembered as the conversation's last exchange. A choice is made once: the offer's buttons
     * go, and the message that asked shows what was chosen.
     */
    private Outcome pick(Request r, String offerId, int number, boolean pressed) {
        Optional<Buttons.Offer> seen = buttons.offerOf(offerId);
        if (seen.isEmpty()) {
            String expired = "That choice has expired (or was already made). Please ask again.";
            return pressed ? new Outcome(null, null, expired) : Outcome.reply(Reply.text(expired));
        }
        Buttons.Offer offer = seen.get();
        if (!offer.where().chat().equals(r.where().chat())) {
            return new Outcome(null, null, "That button belongs to another chat.");
        }
        if (number < 1 || number > offer.choices().size()) {
            return Outcome.reply(Reply.text("Please pick a number from 1 to " + offer.choices().size() + "."));
        }
        if (buttons.take(offerId).isEmpty()) {
            return new Outcome(null, null, "That choice was already made.");
        }
        Choice choice = offer.choices().get(number - 1);
        long start = System.nanoTime();
        Answer a = service.answerer().answer(choice.question(), null);
        QuestionLog.log(offer.where().chat(), a, System.nanoTime() - start);
        contexts.put(offer.where().key(), new Context(new Turn(a.question(), a), null));
        Reply settled = offer.shown().settled(Section.text("→ " + choice.label()));
        return new Outcome(withVotes(offer.where(), a), pressed ? settled : null, null);
    }

    /**
     * A 👍 or 👎: kept once per person and answer (with the question and answer, nothing else); in
     * a chat of one the buttons become "thanks", in a group or thread they stay for the others.
     */
    private Outcome vote(Request r, Buttons.Vote v) {
        Optional<Buttons.Votable> found = buttons.votableOf(v.id());
        if (found.isEmpty()) {
            return new Outcome(null, null, "Sorry, that answer is too old to vote on now.");
        }
        Buttons.Votable votable = found.get();
        Where where = r.where();
        if (!votable.where().chat().equals(where.chat()) || where.user() == null) {
            return new Outcome(null, null, "That button belongs to another chat.");
        }
        Answer a = votable.answer();
        Instant now = options.clock().instant();
        boolean fresh = feedback.record(new Feedback.Vote(v.id(), voter(where), v.up(), a.question(), a.shortAnswer(),
                a.reply(), a.intent().wireName(), a.confidence(), where.chat().platform(), now));
        feedback.forget(now.minus(options.feedbackKept()));
        LOG.info("vote platform={} chat={} intent={} up={} new={}", where.chat().platform(), where.chat().hashedId(),
                a.intent().wireName(), v.up(), fresh);
        // in a chat of one (a private chat, a DM) the buttons become "thanks"; in a shared one (a
        // group, a thread) they stay for everyone else, and only the voter is thanked
        boolean shared = !votable.where().conversation().isEmpty();
        return new Outcome(null, shared ? null : votable.shown().withVotes(Buttons.thanks()),
                fresh ? "Thanks for your feedback!" : "You have already voted on this answer.");
    }

    /** Who voted, as the store keeps it: a hash of the platform and the user's id, enough to count one vote each. */
    static String voter(Where where) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((where.chat().platform() + ":" + where.user()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the person wrote (or the button's payload): kept out of log lines. */
    private static String userText(Input input) {
        if (input instanceof Input.Ask a) {
            return a.text();
        }
        if (input instanceof Input.Run r) {
            return r.argument();
        }
        if (input instanceof Input.Press p) {
            return p.payload();
        }
        return ((Input.Unknown) input).word();
    }

    /** For tests: how many conversations are remembered. */
    int remembered() {
        return contexts.size();
    }

    /** For tests and the console: the choices on offer in a conversation, if any. */
    List<Choice> offered(Where where) {
        Context c = contexts.get(where.key());
        if (c == null || c.offer() == null) {
            return List.of();
        }
        return buttons.offerOf(c.offer()).map(o -> new ArrayList<>(o.choices())).map(List::copyOf).orElse(List.of());
    }
}
