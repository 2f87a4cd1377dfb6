package talkbot.chat;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import talkbot.answer.Answer;
import talkbot.answer.Answerer;
import talkbot.corpus.ArticleInfo;
import talkbot.store.Store;
import talkbot.summary.KeyPoint;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;

/**
 * What every platform's commands do, platform-neutral: each method returns a {@link Reply} that
 * the adapter renders. Adapters parse their platform's input, call one of these, and send.
 */
public final class ChatService {

    /** Questions longer than this get a polite refusal instead of an answer. */
    public static final int MAX_QUESTION_CHARS = 1000;

    private static final List<String> EXAMPLES = List.of(
            "Who leads China's delegation?",
            "Where are the talks being held?",
            "How high are the US tariffs on Chinese goods?",
            "What did Karoline Leavitt say?",
            "What is the key sticking point?");

    /** How many articles /latest lists. */
    static final int LATEST = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final Comparator<ArticleInfo> NEWEST_FIRST = Comparator.comparing(ArticleInfo::published).reversed()
            .thenComparing(ArticleInfo::id);

    private final Answerer answerer;
    private final Summarizer summarizer;
    private final Supplier<List<ArticleInfo>> articles;
    private final Store store;
    private final String postTime;

    public ChatService(Answerer answerer, Summarizer summarizer, List<ArticleInfo> articles, Store store) {
        this(answerer, summarizer, articles, store, "every morning");
    }

    /**
     * @param postTime when the daily summary is posted, as subscribers are told ("every day at
     *                 08:00 Europe/London")
     */
    public ChatService(Answerer answerer, Summarizer summarizer, List<ArticleInfo> articles, Store store, String postTime) {
        this(answerer, summarizer, constant(articles), store, postTime);
    }

    /**
     * A service over a corpus that grows while the bot runs: {@code articles} is asked at each
     * /sources and /latest (a running bot's live core).
     */
    public ChatService(Answerer answerer, Summarizer summarizer, Supplier<List<ArticleInfo>> articles, Store store,
            String postTime) {
        this.postTime = Objects.requireNonNull(postTime, "postTime");
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
        this.articles = Objects.requireNonNull(articles, "articles");
        this.store = Objects.requireNonNull(store, "store");
    }

    private static Supplier<List<ArticleInfo>> constant(List<ArticleInfo> articles) {
        List<ArticleInfo> copy = List.copyOf(articles);
        return () -> copy;
    }

    public Answerer answerer() {
        return answerer;
    }

    /**
     * Answers a question from {@code chat}; blank and over-long questions get a polite reply
     * instead. Logs one line per question: platform, a hash of the chat id, intent, answered and
     * latency, never the text.
     */
    public Reply ask(ChatRef chat, String question, CommandStyle style) {
        String q = question == null ? "" : question.strip();
        if (q.isEmpty()) {
            return Reply.text("Ask me a question after the command, for example: "
                    + style.usage(Command.ASK).replace("QUESTION", EXAMPLES.get(0)));
        }
        if (q.length() > MAX_QUESTION_CHARS) {
            return Reply.text("That message is too long for me (" + q.length() + " characters). "
                    + "Please ask one question in under " + MAX_QUESTION_CHARS + " characters.");
        }
        long start = System.nanoTime();
        Answer answer = answerer.answer(q);
        QuestionLog.log(chat, answer, System.nanoTime() - start);
        return Reply.of(answer);
    }

    public Reply start(CommandStyle style) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("Hello! I answer questions about the US–China trade talks in London "
                + "(June 2025) from news articles, and I quote my sources. Try:"));
        for (String example : EXAMPLES) {
            sections.add(Section.text("• " + example));
        }
        sections.add(Section.text("Send " + style.usage(Command.HELP) + " for every command."));
        return new Reply(sections);
    }

    public Reply help(CommandStyle style) {
        return help(style, List.of(Command.values()));
    }

    /** The help of a platform that offers only some of the commands (the console has no /subscribe). */
    public Reply help(CommandStyle style, List<Command> offered) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("Ask me about the US–China trade talks in London. Commands:"));
        for (Command c : offered) {
            sections.add(Section.titled(style.usage(c), c.description()));
        }
        return new Reply(sections);
    }

    public Reply sources() {
        List<ArticleInfo> all = articles.get();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("I know " + all.size() + (all.size() == 1 ? " article:" : " articles:")));
        for (ArticleInfo a : all) {
            sections.add(Section.titled(a.title(), a.published() + " · " + a.source() + " · id " + a.id()));
        }
        return new Reply(sections);
    }

    /**
     * The {@value #LATEST} newest articles, newest first by their date: title, then the day, the
     * source and the link (when the article has one). Links are plain URLs, which every platform
     * shows as links; nothing disguises where they lead.
     */
    public Reply latest() {
        List<ArticleInfo> newest = articles.get().stream().sorted(NEWEST_FIRST).limit(LATEST).toList();
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
        List<Section> sections = new ArrayList<>();
        sections.add(Section.titled(summary.title(), null));
        if (!summary.newSince().isEmpty()) {
            sections.add(Section.titled("New since the last summary", null));
            addPoints(sections, summary.newSince());
            sections.add(Section.titled("Key points", null));
        }
        addPoints(sections, summary.points());
        return new Reply(sections);
    }

    private static void addPoints(List<Section> sections, List<KeyPoint> points) {
        for (KeyPoint p : points) {
            sections.add(new Section(null, "• " + p.text(), List.of(p.source())));
        }
    }

    public Reply subscribe(ChatRef chat) {
        return Reply.text(store.subscribe(chat)
                ? "Subscribed: this chat will get the daily summary " + postTime + "."
                : "This chat is already subscribed to the daily summary.");
    }

    public Reply unsubscribe(ChatRef chat) {
        return Reply.text(store.unsubscribe(chat)
                ? "Unsubscribed: no more daily summaries here."
                : "This chat was not subscribed to the daily summary.");
    }

    /** A polite reply for when handling a message failed; the adapter logs the cause. */
    public static Reply apology() {
        return Reply.text("Sorry, something went wrong while answering that. Please try again in a moment.");
    }

    /** A polite reply for a chat that asks faster than its rate limit allows. */
    public static Reply slowDown() {
        return Reply.text("You're asking faster than I can keep up with. Please wait a minute and try again.");
    }
}
