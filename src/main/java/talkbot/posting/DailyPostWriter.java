package talkbot.posting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.config.WhenQuiet;
import talkbot.corpus.Article;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Corpus;
import talkbot.corpus.Sentence;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.KeyPoint;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;

/**
 * The daily post, written to be read on a phone:
 * <ul>
 *   <li>what is new since the chat's last post leads: the articles that post did not cover, newest
 *       first by article date, one point each (its lead), dated;</li>
 *   <li>then the corpus's key points fill up to {@value #MAX_POINTS} points in all;</li>
 *   <li>"What's next": the next dated step in the talks ({@link NextStep});</li>
 *   <li>one source line per article the post cites (points refer to it by number), not one per point;</li>
 *   <li>at most {@value #MAX_CHARS} characters of text in all: past that, key points go first, then
 *       the next step, then new points but the first, then every point is cut shorter;</li>
 *   <li>every date absolute ("Tuesday 10 June"): relative ones in the articles' sentences are read
 *       against the article's day.</li>
 * </ul>
 * When nothing is new since the chat's last post: two lines saying so and naming the command for
 * the full summary ({@link WhenQuiet#SHORT}), or no post ({@link WhenQuiet#SKIP}). A chat that
 * never had a post gets the key points. Deterministic and thread-safe: built once per corpus.
 */
public final class DailyPostWriter implements PostWriter {
    static final int MAX_POINTS = 6;
    static final int MAX_CHARS = 1200;
    /** New points leave room for at least one key point. */
    static final int MAX_NEW = MAX_POINTS - 1;
    static final int MAX_POINT_CHARS = 220;
    static final int SHORT_POINT_CHARS = 120;
    static final int MAX_TITLE_CHARS = 80;
    static final String NEW_HEADING = "New since your last post";
    static final String KEY_HEADING = "Key points";

    private final Corpus corpus;
    private final String topic;
    private final Summarizer summarizer;
    private final WhenQuiet quiet;
    private final List<Article> newestFirst;
    private final Set<String> articleIds;

    /** A point of the post: its text, the article it rests on, and (for a new article) the article's day. */
    private record Point(String text, Article article, LocalDate dated) {}

    /** The post of a corpus whose topic is the neutral one (a corpus without bot.properties). */
    public DailyPostWriter(Corpus corpus, Summarizer summarizer, WhenQuiet quiet) {
        this(corpus, summarizer, quiet, talkbot.corpus.BotProfile.defaults().topic());
    }

    /** @param topic what the corpus is about, as a title names it (the corpus's bot.properties) */
    public DailyPostWriter(Corpus corpus, Summarizer summarizer, WhenQuiet quiet, String topic) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.summarizer = Objects.requireNonNull(summarizer, "summarizer"); // its key points: built when a post is first written
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        List<Article> articles = new ArrayList<>(corpus.articles());
        articles.sort(Article.NEWEST_FIRST);
        this.newestFirst = List.copyOf(articles);
        Set<String> ids = new LinkedHashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        this.articleIds = Set.copyOf(ids);
    }

    @Override
    public DailyPost write(Set<String> alreadySeen, LocalDate day, String platform) {
        List<Article> fresh = new ArrayList<>();
        if (alreadySeen != null) {
            newestFirst.stream().filter(a -> !alreadySeen.contains(a.id())).forEach(fresh::add);
            if (fresh.isEmpty()) {
                return quiet == WhenQuiet.SKIP ? DailyPost.skip(articleIds) : new DailyPost(quietPost(alreadySeen, day, platform), articleIds);
            }
        }
        Draft draft = draft(fresh, day);
        Reply reply = draft.render(day);
        while (length(reply) > MAX_CHARS && draft.shrink()) {
            reply = draft.render(day);
        }
        return new DailyPost(reply, articleIds);
    }

    /** The length of a reply's text as a reader sees it: titles, texts and quotes, a line each. */
    static int length(Reply reply) {
        int n = 0;
        for (Section s : reply.sections()) {
            n += s.title() == null ? 0 : s.title().length() + 1;
            n += s.text() == null ? 0 : s.text().length() + 1;
            for (var q : s.quotes()) {
                n += q.sentence().length() + q.articleTitle().length() + 2;
            }
        }
        return n;
    }

    private Reply quietPost(Set<String> seen, LocalDate day, String platform) {
        LocalDate newest = newestFirst.stream().filter(a -> seen.contains(a.id())).findFirst()
                .orElse(newestFirst.get(0)).info().published();
        return new Reply(List.of(
                Section.titled(topic + ": no new articles since " + PostDates.label(newest, day) + ".", null),
                Section.text(summaryCommand(platform) + " for the full picture.")));
    }

    /** How the chat's platform spells the summary command. */
    static String summaryCommand(String platform) {
        return "slack".equals(platform) ? "/talks summary" : "/summary";
    }

    private Draft draft(List<Article> fresh, LocalDate day) {
        List<Point> freshPoints = new ArrayList<>();
        Set<Sentence> used = new HashSet<>();
        for (Article a : fresh) {
            if (freshPoints.size() == MAX_NEW) {
                break;
            }
            Optional<Sentence> lead = a.sentences().stream().filter(s -> !s.heading()).findFirst();
            if (lead.isPresent() && used.add(lead.get())) {
                freshPoints.add(new Point(text(lead.get().text(), a, day), a, a.info().published()));
            }
        }
        List<Point> key = new ArrayList<>();
        for (KeyPoint p : summarizer.summarize(null).points()) {
            if (freshPoints.size() + key.size() == MAX_POINTS) {
                break;
            }
            Article a = corpus.article(p.source().articleId());
            Sentence s = a.sentences().stream().filter(x -> x.text().equals(p.source().sentence())).findFirst().orElse(null);
            if (p.text().startsWith("Next: ") || (s != null && !used.add(s))) {
                continue; // "What's next" says it; or a new point already quotes it
            }
            key.add(new Point(text(p.text(), a, day), a, null));
        }
        Point next = NextStep.of(newestFirst, day)
                .map(s -> new Point((s.upcoming() ? "What's next, " : "Last announced step, ")
                        + PostDates.when(s.from(), s.to(), s.precision(), day) + ": " + text(s.sentence().text(), s.article(), day),
                        s.article(), null))
                .orElse(null);
        return new Draft(freshPoints, fresh.size(), key, next);
    }

    private static String text(String sentence, Article a, LocalDate day) {
        return PostDates.absolute(CorpusSummarizer.condense(sentence), a.info().published(), day);
    }

    private final class Draft {
        final List<Point> fresh;
        final int freshCount;
        final List<Point> key;
        Point next;
        int maxPointChars = MAX_POINT_CHARS;

        Draft(List<Point> fresh, int freshCount, List<Point> key, Point next) {
            this.fresh = new ArrayList<>(fresh);
            this.freshCount = freshCount;
            this.key = new ArrayList<>(key);
            this.next = next;
        }

        /** Leaves out the least important part; false when nothing more can go. */
        boolean shrink() {
            if (!key.isEmpty() && !(fresh.isEmpty() && key.size() == 1)) {
                key.remove(key.size() - 1);
            } else if (next != null) {
                next = null;
            } else if (fresh.size() > 1) {
                fresh.remove(fresh.size() - 1);
            } else if (maxPointChars > SHORT_POINT_CHARS) {
                maxPointChars = SHORT_POINT_CHARS;
            } else {
                return false;
            }
            return true;
        }

        Reply render(LocalDate day) {
            Map<String, Integer> refs = new LinkedHashMap<>();
            List<Point> all = new ArrayList<>(fresh);
            all.addAll(key);
            if (next != null) {
                all.add(next);
            }
            all.forEach(p -> refs.putIfAbsent(p.article().id(), refs.size() + 1));
            boolean numbered = refs.size() > 1;

            List<Section> sections = new ArrayList<>();
            sections.add(Section.titled(summarizer.summarize(null).title(), null));
            if (!fresh.isEmpty()) {
                sections.add(Section.titled(NEW_HEADING + (freshCount > fresh.size()
                        ? " (" + fresh.size() + " of " + freshCount + " new articles)" : ""), null));
                for (Point p : fresh) {
                    sections.add(Section.text("• " + PostDates.label(p.dated(), day) + ": " + cut(p.text()) + ref(p, refs, numbered)));
                }
                if (!key.isEmpty()) {
                    sections.add(Section.titled(KEY_HEADING, null));
                }
            }
            for (Point p : key) {
                sections.add(Section.text("• " + cut(p.text()) + ref(p, refs, numbered)));
            }
            if (next != null) {
                sections.add(Section.text(cut(next.text()) + ref(next, refs, numbered)));
            }
            sections.add(Section.titled(refs.size() == 1 ? "Source" : "Sources", null));
            for (Map.Entry<String, Integer> r : refs.entrySet()) {
                ArticleInfo info = corpus.article(r.getKey()).info();
                sections.add(Section.text((numbered ? "[" + r.getValue() + "] " : "") + sourceLine(info)));
            }
            return new Reply(sections);
        }

        private String cut(String text) {
            return shorten(text, maxPointChars);
        }
    }

    private static String ref(Point p, Map<String, Integer> refs, boolean numbered) {
        return numbered ? " [" + refs.get(p.article().id()) + "]" : "";
    }

    /** "Title — Source, Monday 9 June 2025, URL". */
    static String sourceLine(ArticleInfo info) {
        return shorten(info.title(), MAX_TITLE_CHARS) + " — " + info.source() + ", "
                + talkbot.time.DateFormat.day(info.published()) + (info.url().isEmpty() ? "" : ", " + info.url());
    }

    /** The text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
