package talkbot.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import talkbot.corpus.Article;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Sentence;
import talkbot.corpus.SentenceSplitter;

/**
 * Generates news-like articles to grow the corpus for the benchmark: paragraphs of sentences in
 * the shapes the real article uses (talks announced, officials named with titles, quotes,
 * tariff and trade figures, dates, analysts at firms), with random people, places, firms,
 * goods and figures. Names are partly built from syllables, so the vocabulary keeps growing
 * with the corpus as a real archive's does. The same seed gives the same articles, and the
 * text goes through the real {@link SentenceSplitter}.
 */
public final class SyntheticArticles {
    private static final String[] FIRST = {
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
        "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Wei", "Li", "Zhang", "Yan", "Ming", "Xiaoling", "Jun", "Hua", "Lei", "Fang",
        "Olivia", "Emma", "Lucas", "Sofia", "Mateo", "Ana", "Hiroshi", "Yuki", "Priya", "Arjun",
        "Fatima", "Omar", "Ingrid", "Lars", "Chiara", "Luca", "Amara", "Kwame", "Elena", "Dmitri"};
    private static final String[] LAST = {
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Moore",
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
        "Tanaka", "Suzuki", "Patel", "Sharma", "Okafor", "Mensah", "Rossi", "Bianchi", "Novak", "Schmidt",
        "Dubois", "Martin", "Silva", "Santos", "Kowalski", "Larsen", "Nakamura", "Kim", "Park", "Nguyen"};
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ran", "te", "vos", "bel", "dor", "fen", "gra", "hal", "jin", "kor", "lun", "mar",
        "nes", "ov", "pel", "quin", "ros", "sa", "tor", "ul", "ven", "wen", "xi", "yar", "zel", "an", "ber",
        "cal", "den", "el", "fal", "gor", "hin", "is", "jas", "kel", "lin"};
    private static final String[] COUNTRIES = {
        "China", "the United States", "the UK", "Japan", "Germany", "France", "India", "Brazil", "Canada",
        "Mexico", "South Korea", "Australia", "Vietnam", "Indonesia", "the EU", "Switzerland", "Italy", "Spain"};
    private static final String[] ADJECTIVES = {
        "Chinese", "American", "British", "Japanese", "German", "French", "Indian", "Brazilian", "Canadian",
        "Mexican", "Korean", "Australian", "Vietnamese", "European", "Swiss"};
    private static final String[] CITIES = {
        "London", "Geneva", "Beijing", "Washington", "Tokyo", "Paris", "Berlin", "Brussels", "Singapore",
        "Shanghai", "New York", "Ottawa", "Seoul", "Jakarta", "Hanoi", "Rome", "Madrid", "Zurich", "Mumbai"};
    private static final String[] TITLES = {
        "Trade Minister", "Finance Minister", "Commerce Secretary", "Treasury Secretary", "Vice Premier",
        "Foreign Minister", "Ambassador", "Deputy Trade Representative", "Economy Minister", "Prime Minister",
        "Central Bank Governor", "Industry Minister"};
    private static final String[] ANALYST_ROLES = {
        "chief economist", "research director", "head of Asia strategy", "senior analyst", "trade policy fellow",
        "managing director", "portfolio manager", "head of research"};
    private static final String[] FIRM_SUFFIXES = {
        "Capital", "Partners", "Securities", "Bank", "Group", "Institute", "Advisors", "Research", "Holdings"};
    private static final String[] GOODS = {
        "rare earth minerals", "semiconductors", "soybeans", "steel", "aluminium", "solar panels",
        "electric vehicles", "lithium batteries", "pharmaceuticals", "pork", "natural gas", "copper",
        "smartphones", "machine tools", "textiles", "wine", "aircraft parts", "medical devices"};
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] VERBS_UP = {"rose", "climbed", "jumped", "increased", "grew"};
    private static final String[] VERBS_DOWN = {"fell", "dropped", "slid", "declined", "shrank"};
    private static final String[] QUOTES = {
        "We are ready to work constructively with our partners",
        "Nobody wins a trade war",
        "The talks were frank and productive",
        "We will defend the interests of our workers and farmers",
        "There is still a long way to go",
        "Markets want certainty, and they are not getting it",
        "This agreement is a step in the right direction",
        "We expect both sides to honour their commitments",
        "The tariffs are hurting consumers on both sides",
        "We need a level playing field for our companies"};
    private static final String[] HEADINGS = {
        "Markets React", "What Comes Next", "A Fragile Truce", "Supply Chains Under Pressure",
        "Spotlight on %s", "Talks in %s", "The View from %s", "Background"};

    private final Random random;

    private SyntheticArticles(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} articles with ids {@code synthetic-00001...}, the same for the same seed. */
    public static List<Article> generate(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number of articles: " + n);
        }
        SyntheticArticles g = new SyntheticArticles(seed);
        List<Article> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            out.add(g.article(String.format(Locale.ROOT, "synthetic-%05d", i)));
        }
        return out;
    }

    /** One more article, with the given id, unlike those {@link #generate} makes for {@code seed}. */
    public static Article one(String id, long seed) {
        return new SyntheticArticles(~seed).article(id);
    }

    private Article article(String id) {
        String text = text();
        List<Sentence> sentences = SentenceSplitter.split(id, text);
        LocalDate published = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        String title = pick(ADJECTIVES) + " and " + pick(ADJECTIVES) + " officials meet in " + pick(CITIES)
                + " over " + pick(GOODS);
        return new Article(new ArticleInfo(id, title, published, "synthetic benchmark article"), sentences);
    }

    /** The article's text: 4 to 8 paragraphs, one a line, with a heading now and then. */
    String text() {
        StringBuilder b = new StringBuilder();
        int paragraphs = 4 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && random.nextInt(4) == 0) {
                b.append(heading()).append('\n');
            }
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(sentence());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private String heading() {
        String h = pick(HEADINGS);
        if (!h.contains("%s")) {
            return h;
        }
        String what = random.nextBoolean() ? capitalise(pick(GOODS)) : pick(CITIES);
        return String.format(Locale.ROOT, h, what);
    }

    String sentence() {
        return switch (random.nextInt(12)) {
            case 0 -> capitalise(pick(COUNTRIES)) + " and " + pick(COUNTRIES) + " are set to hold talks in "
                    + pick(CITIES) + " on " + pick(DAYS) + ", aiming to ease tensions over " + pick(GOODS) + ".";
            case 1 -> pick(TITLES) + " " + person() + " said the negotiations would focus on " + pick(GOODS)
                    + " and " + pick(GOODS) + ".";
            case 2 -> "“" + pick(QUOTES) + ",” said " + person() + ", " + pick(ANALYST_ROLES) + " at " + firm() + ".";
            case 3 -> "Exports of " + pick(GOODS) + " to " + pick(COUNTRIES) + " " + pick(random.nextBoolean() ? VERBS_UP : VERBS_DOWN)
                    + " " + percent() + " in " + pick(MONTHS) + " to " + dollars() + ", customs data showed.";
            case 4 -> "In " + pick(MONTHS) + ", " + pick(COUNTRIES) + " imposed tariffs of up to " + percent() + " on "
                    + pick(ADJECTIVES) + " " + pick(GOODS) + ", prompting retaliation worth " + dollars() + ".";
            case 5 -> "The talks follow a phone call between " + person() + " and " + person() + " on " + pick(DAYS)
                    + ", their first since " + pick(MONTHS) + ".";
            case 6 -> "Analysts at " + firm() + " expect " + pick(ADJECTIVES) + " growth of " + percent()
                    + " this year, down from " + percent() + " in " + (2015 + random.nextInt(10)) + ".";
            case 7 -> person() + " will lead the " + pick(ADJECTIVES) + " delegation, which includes " + person()
                    + " and " + pick(TITLES) + " " + person() + ".";
            case 8 -> "A " + (30 + random.nextInt(151)) + "-day truce agreed in " + pick(CITIES) + " in " + pick(MONTHS)
                    + " expires on " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ".";
            case 9 -> "Speaking to reporters in " + pick(CITIES) + ", " + pick(TITLES) + " " + person()
                    + " said: “" + pick(QUOTES) + ".”";
            case 10 -> "Shares in " + firm() + " " + pick(random.nextBoolean() ? VERBS_UP : VERBS_DOWN) + " " + percent()
                    + " after the " + pick(ADJECTIVES) + " government announced new controls on " + pick(GOODS) + ".";
            default -> "Officials from " + pick(COUNTRIES) + " and " + pick(COUNTRIES) + " met in " + place()
                    + " to discuss export licences for " + pick(GOODS) + ".";
        };
    }

    /** A first name and a surname, half the time made up from syllables. */
    private String person() {
        String last = random.nextBoolean() ? pick(LAST) : coined(2 + random.nextInt(2));
        return pick(FIRST) + " " + last;
    }

    private String firm() {
        return coined(2) + " " + pick(FIRM_SUFFIXES);
    }

    private String place() {
        return random.nextInt(3) == 0 ? pick(CITIES) : coined(2 + random.nextInt(2));
    }

    private String coined(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(pick(SYLLABLES));
        }
        return capitalise(b.toString());
    }

    private String percent() {
        return random.nextInt(3) == 0
                ? (1 + random.nextInt(150)) + "%"
                : String.format(Locale.ROOT, "%.1f%%", 0.1 + random.nextInt(500) / 10.0);
    }

    private String dollars() {
        return String.format(Locale.ROOT, "$%.1f billion", 0.5 + random.nextInt(1000) / 10.0);
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
