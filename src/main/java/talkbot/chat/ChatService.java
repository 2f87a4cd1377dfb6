package talkbot.chat;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import talkbot.answer.Answerer;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.BotProfile;
import talkbot.model.ChatRef;
import talkbot.store.Store;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;
import talkbot.time.DateFormat;

/**
 * What the bot knows and what each command says, platform-neutral: the greeting, the help, the
 * sources, the summary, subscribing. The texts come from the corpus's {@code bot.properties}
 * ({@link BotProfile}) and the settings, so that "help" and "/help" — or "hello" and "/start" —
 * say the same thing on every platform. {@link Conversation} decides which to call.
 */
public final class ChatService {

    /** Questions longer than this get a polite refusal instead of an answer. */
    public static final int MAX_QUESTION_CHARS = 1000;
    /** A source named like a file ("News report (shared/corpus/x.txt)"): its parenthesised path is left out. */
    private static final Pattern PATH_IN_SOURCE = Pattern.compile("\\s*\\([^()]*(?:/|\\\\|\\.txt)[^()]*\\)");

    /** How many articles /latest lists. */
    static final int LATEST = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final Answerer answerer;
    private final Summarizer summarizer;
    private final Supplier<List<ArticleInfo>> articles;
    private final Store store;
    private final BotProfile profile;
    private final String postTime;
    private final Duration context;

    /** With neutral texts, a daily post "every day" and follow-ups read for 10 minutes: for tests. */
    public ChatService(Answerer answerer, Summarizer summarizer, List<ArticleInfo> articles, Store store) {
        this(answerer, summarizer, articles, store, BotProfile.defaults(), "every day", Duration.ofMinutes(10));
    }

    /**
     * @param profile  the corpus's texts: topic, greeting, help, examples
     * @param postTime when the daily summary is posted, as subscribers are told ("every day at
     *                 08:00 (Europe/London)")
     * @param context  how long a conversation's last exchange is remembered for follow-ups
     */
    public ChatService(Answerer answerer, Summarizer summarizer, List<ArticleInfo> articles, Store store,
            BotProfile profile, String postTime, Duration context) {
        this(answerer, summarizer, constant(articles), store, profile, postTime, context);
    }

    /**
     * A service over a corpus that grows while the bot runs: {@code articles} is asked at each
     * /sources and /latest (a running bot's live core).
     */
    public ChatService(Answerer answerer, Summarizer summarizer, Supplier<List<ArticleInfo>> articles, Store store,
            BotProfile profile, String postTime, Duration context) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.store = Objects.requireNonNull(store, "store");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.postTime = Objects.requireNonNull(postTime, "postTime");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** "every day at 08:00 (Europe/London)", as the help and a subscription say it. */
    public static String postTime(java.time.LocalTime time, java.time.ZoneId zone) {
        return "every day at " + time + " (" + zone.getId() + ")";
    }

    private static Supplier<List<ArticleInfo>> constant(List<ArticleInfo> articles) {
        List<ArticleInfo> copy = List.copyOf(articles);
        return () -> copy;
    }

    public Answerer answerer() {
        return answerer;
    }

    Store store() {
        return store;
    }

    Duration context() {
        return context;
    }

    /** The greeting and the example questions. */
    public Reply start(Surface surface) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text(profile.greeting() + (profile.examples().isEmpty() ? "" : " Try:")));
        for (String example : profile.examples()) {
            sections.add(Section.text("• " + example));
        }
        sections.add(Section.text("Send " + surface.style().usage(Command.HELP) + " for everything I can do."));
        return new Reply(sections);
    }

    /** What to ask, the platform's commands, one line each, and how follow-ups work. */
    public Reply help(Surface surface) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text(profile.help() + " Commands:"));
        for (Command c : surface.commands()) {
            sections.add(Section.titled(surface.style().usage(c), describe(c)));
        }
        for (Surface.Usage u : surface.extra()) {
            sections.add(Section.titled(u.usage(), u.description()));
        }
        if (!context.isZero()) {
            sections.add(Section.text("I remember our last exchange for " + minutes(context) + ": follow up with "
                    + "“who else?”, “tell me more”, “when?”, “source?” or a question about the same people."));
        }
        return new Reply(sections);
    }

    /** A command's line in the help: the daily summary says when it comes. */
    String describe(Command c) {
        return c == Command.SUBSCRIBE ? "post the daily summary here " + postTime : c.description();
    }

    /** The articles, each with its date and where it comes from, as a reader would name it. */
    public Reply sources() {
        List<ArticleInfo> all = articles.get();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("I know " + all.size() + (all.size() == 1 ? " article:" : " articles:")));
        for (ArticleInfo a : all) {
            String source = readable(a.source());
            sections.add(Section.titled(a.title(), DateFormat.date(a.published()) + (source.isEmpty() ? "" : " · " + source)));
        }
        return new Reply(sections);
    }

    /** A source as a reader names it: no file paths, nothing for an unknown one. */
    static String readable(String source) {
        String s = PATH_IN_SOURCE.matcher(source == null ? "" : source).replaceAll("").strip();
        return s.equalsIgnoreCase("unknown source") ? "" : s;
    }

    /**
     * The {@value #LATEST} newest articles, newest first by their date: title, then the day, the
     * source and the link (when the article has one). Links are plain URLs, which every platform
     * shows as links; nothing disguises where they lead.
     */
    public Reply latest() {
        List<ArticleInfo> newest = articles.get().stream().sorted(ArticleInfo.NEWEST_FIRST).limit(LATEST).toList();
        if (newest.isEmpty()) {
            return Reply.text("I have no articles yet.");
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text(newest.size() == 1 ? "The newest article I know:"
                : "The " + newest.size() + " newest articles I know:"));
        for (ArticleInfo a : newest) {
            String line = a.published().format(DAY) + " · " + a.source() + (a.url().isEmpty() ? "" : " · " + a.url());
            sections.add(Section.titled(a.title(), line));
        }
        return new Reply(sections);
    }

    /** The summary as a chat sees it: what is new since its last post leads, when there is anything. */
    public Reply summary(ChatRef chat) {
        Set<String> seen = chat == null ? null : store.articlesInLastPost(chat).orElse(null);
        return render(summarizer.summarize(seen));
    }

    /** Renders a summary as a reply; the daily post uses the same. */
    public static Reply render(Summary summary) {
        return Reply.of(summary);
    }

    /** Subscribes the chat, unless the platform says it cannot be posted to (then says why, and nothing is stored). */
    public Reply subscribe(ChatRef chat, Surface surface) {
        Optional<String> refusal = surface.subscribing().apply(chat);
        if (refusal.isPresent()) {
            return Reply.text(refusal.get());
        }
        return Reply.text(store.subscribe(chat)
                ? "Subscribed: this chat will get the daily summary " + postTime + "."
                : "This chat is already subscribed to the daily summary (" + postTime + ").");
    }

    /** Ends the chat's subscription; a platform without subscriptions (its help does not list the command) says why not. */
    public Reply unsubscribe(ChatRef chat, Surface surface) {
        if (!surface.commands().contains(Command.UNSUBSCRIBE)) {
            Optional<String> refusal = surface.subscribing().apply(chat);
            if (refusal.isPresent()) {
                return Reply.text(refusal.get());
            }
        }
        return Reply.text(store.unsubscribe(chat)
                ? "Unsubscribed: no more daily summaries here."
                : "This chat was not subscribed to the daily summary.");
    }

    /** "/ask" with nothing after it. */
    Reply askWhat(Surface surface) {
        String example = profile.examples().isEmpty() ? "QUESTION" : profile.examples().get(0);
        return Reply.text("Ask me a question after the command, for example: "
                + surface.style().usage(Command.ASK).replace("QUESTION", example));
    }

    Reply tooLong(int length) {
        return Reply.text("That message is too long for me (" + length + " characters). "
                + "Please ask one question in under " + MAX_QUESTION_CHARS + " characters.");
    }

    Reply unknown(Surface surface) {
        return Reply.text("I don't know that command. Send " + surface.style().usage(Command.HELP) + " to see what I can do.");
    }

    /** A polite reply for when handling a message failed; the adapter logs the cause. */
    public static Reply apology() {
        return Reply.text("Sorry, something went wrong while answering that. Please try again in a moment.");
    }

    /** A polite reply for a chat that asks faster than its rate limit allows. */
    public static Reply slowDown() {
        return Reply.text("You're asking faster than I can keep up with. Please wait a minute and try again.");
    }

    private static String minutes(Duration d) {
        long m = Math.max(1, d.toMinutes());
        return m == 1 ? "a minute" : m + " minutes";
    }
}
