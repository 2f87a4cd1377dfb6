package talkbot.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;

/**
 * Seeded generator of hostile chat input: what a user, a bot or an attacker may send. Input
 * {@code i} of seed {@code s} depends on nothing else, so a failure names the seed and index that
 * reproduce it, and inputs can be generated on any number of threads. Shared by the core's
 * hardening test and the renderers' fuzz tests.
 */
public final class HostileInputs {
    /** What an input is made of. */
    public enum Kind {
        UNICODE, CONTROL, EMOJI, RIGHT_TO_LEFT, HUGE, LUCENE_SYNTAX, STOPWORDS, PUNCTUATION, HTML, MARKDOWN,
        CONFUSABLE, LONG_WORD, EMPTY, MUTATED_QUESTION
    }

    /** One generated input; {@code text} is null for {@link Kind#EMPTY} now and then. */
    public record Input(int index, Kind kind, String text) {
        /** The input printed safely for a failure message: escaped, and cut to 300 characters. */
        public String describe() {
            return "#" + index + " " + kind + " (" + (text == null ? "null" : text.length() + " chars") + "): "
                    + escape(text, 300);
        }
    }

    /**
     * A reply with the hostile text everywhere a renderer puts text: title, text, quoted sentence
     * and article title (null counts as empty).
     */
    public static Reply asReply(Input in) {
        String text = in.text() == null ? "" : in.text();
        return new Reply(List.of(
                new Section(text, text, List.of(new Citation("a&b", text, LocalDate.of(2025, 6, 9), text))),
                new Section(null, text, List.of())));
    }

    /** A 100 KB string: the size of the big inputs. */
    public static final int HUGE_LENGTH = 100 * 1024;

    private static final String[] QUESTIONS = {
        "Who leads China's delegation?", "Who is in the US delegation?", "Where are the talks being held?",
        "When do the talks start?", "What is Scott Bessent's role?", "What did Trump say about the meeting?",
        "How big were the April tariffs on Chinese goods?", "What is the key sticking point?",
        "What did Xi say?", "Who is Kathleen Brooks?", "What does China want from the US?",
        "How much did Chinese exports to the US drop in May?", "Give me a summary", "help", "hello"};
    private static final String[] WORDS = {
        "China", "US", "tariffs", "Bessent", "He", "Lifeng", "London", "Geneva", "rare", "earth", "exports",
        "delegation", "Trump", "Xi", "Leavitt", "truce", "May", "April", "145%", "$28.8", "billion", "talks"};
    private static final String[] STOPWORDS = {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "who", "what", "when", "where", "why", "how", "which", "me", "us", "tell", "please"};
    private static final String[] LUCENE = {
        "AND", "OR", "NOT", "&&", "||", "!", "(", ")", "[", "]", "{", "}", "\"", "*", "?", "~", "^", ":", "\\", "/",
        "+", "-", "text:china", "subject:\"He Lifeng\"~3", "[a TO z]", "{* TO *}", "china^100", "/reg.*ex/",
        "bess*nt", "tar?ffs", "\"rare earth\"~2", "type:fact", "kind:quote", "*:*", "_exists_:text", "\\\\", "~0.5",
        "^-1", "((((((", "))))))", "\"\"\"", "field:", ":value", "AND AND", "NOT NOT NOT"};
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿…—–“”‘’«»·•§¶†‡°′″‹›";
    private static final String[] EMOJI = {
        "😀", "🇺🇸", "🇨🇳", "🇬🇧", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "1️⃣", "❤️", "🤝", "💸", "📉", "🔥", "☃", "🀄", "🧑🏿‍🚀",
        "\u2764\uFE0F", "\uFE0F", "\u200D", "🫠"};
    private static final String[] RTL = {
        "ما هي التعريفات الجمركية؟", "من يقود الوفد الصيني؟", "מי מוביל את המשלחת הסינית?", "מה אמר טראמפ?",
        "لندن", "الصين", "\u202Eedoc lautca\u202C", "\u200F", "\u200E", "\u2067", "\u2069", "\u061C", "ﷺ", "ﷻ"};
    private static final String[] HTML = {
        "<b>", "</b>", "<i>", "</i>", "<script>alert('x')</script>", "<a href=\"javascript:alert(1)\">", "</a>",
        "&lt;", "&gt;", "&amp;", "&#x202E;", "&nbsp;", "<img src=x onerror=alert(1)>", "<!-- c -->", "</div>", "<b",
        "<pre>", "<code>", "</code>", "<tg-spoiler>", "<blockquote>", "<br/>", "<<>>", "<?xml version=\"1.0\"?>"};
    private static final String[] MARKDOWN = {
        "**", "__", "_", "*", "`", "```", "~~", "||", "[link](http://example.com)", "# ", "> ", "- ", "1. ", "|a|b|",
        "\\*", "\\_", "![img](x.png)", "<@U123>", "<!channel>", "<#C123|general>", "@here", ":smile:", "[", "](",
        ")", "*bold*", "_it_", "`code`", "```java\n", "\n```", "~strike~", "<https://x.y|x>", "&", "=", "+", "!", "."};
    private static final String[] CONFUSABLE = {
        "Ｗｈｏ ｌｅａｄｓ Ｃｈｉｎａ'ｓ ｄｅｌｅｇａｔｉｏｎ？", "𝐖𝐡𝐨 𝐥𝐞𝐚𝐝𝐬 𝐂𝐡𝐢𝐧𝐚'𝐬 𝐝𝐞𝐥𝐞𝐠𝐚𝐭𝐢𝐨𝐧?", "Whо lеаds Сhinа's dеlеgаtiоn?",
        "ﬁgures", "İstanbul", "ΣΊΣΥΦΟΣ", "straße", "Z̷̢͔͙a̶̲l̵̙g̸o̴ ̷t̶a̷r̸i̶f̵f̴s̸", "e\u0301\u0301\u0301\u0301",
        "ǅ", "ǈ", "Ⅻ", "①②③", "㎏", "™", "ℌ𝔢 𝔏𝔦𝔣𝔢𝔫𝔤", "\u0345\u0345"};

    private final long seed;

    public HostileInputs(long seed) {
        this.seed = seed;
    }

    /** Input {@code index}: about one in 500 is a 100 KB string, the rest are spread over the other kinds. */
    public Input get(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        Kind kind;
        if (r.nextInt(500) == 0) {
            kind = Kind.HUGE;
        } else {
            Kind[] kinds = Kind.values();
            do {
                kind = kinds[r.nextInt(kinds.length)];
            } while (kind == Kind.HUGE);
        }
        return new Input(index, kind, generate(kind, r));
    }

    private static String generate(Kind kind, Random r) {
        return switch (kind) {
            case UNICODE -> unicode(r, 1 + r.nextInt(300));
            case CONTROL -> control(r);
            case EMOJI -> mix(r, EMOJI, 1 + r.nextInt(20));
            case RIGHT_TO_LEFT -> mix(r, RTL, 1 + r.nextInt(10));
            case HUGE -> huge(r);
            case LUCENE_SYNTAX -> mix(r, LUCENE, 1 + r.nextInt(25));
            case STOPWORDS -> stopwords(r);
            case PUNCTUATION -> punctuation(r, 1 + r.nextInt(300));
            case HTML -> mix(r, HTML, 1 + r.nextInt(15));
            case MARKDOWN -> mix(r, MARKDOWN, 1 + r.nextInt(25));
            case CONFUSABLE -> mix(r, CONFUSABLE, 1 + r.nextInt(4));
            case LONG_WORD -> longWord(r);
            case EMPTY -> pick(r, new String[] {"", " ", "\t\n\r", "\u200B", "\u00A0", "\u3000", "\u2028", null, "\0"});
            case MUTATED_QUESTION -> mutate(r, pick(r, QUESTIONS));
        };
    }

    /** Code points from every plane, and lone surrogates. */
    static String unicode(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (r.nextInt(6)) {
                case 0 -> r.nextInt(0x80);
                case 1 -> r.nextInt(0x10000);
                case 2 -> 0xD800 + r.nextInt(0x800); // a lone surrogate, high or low
                case 3 -> 0x10000 + r.nextInt(0x10000); // plane 1: emoji, historic scripts, math letters
                case 4 -> 0x20000 + r.nextInt(0x20000); // planes 2 and 3: CJK extensions
                default -> r.nextInt(0x110000); // anything, up to the private use planes
            };
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                b.append((char) cp);
            } else {
                b.appendCodePoint(cp);
            }
            if (r.nextInt(8) == 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static String control(Random r) {
        String base = r.nextBoolean() ? pick(r, QUESTIONS) : "";
        StringBuilder b = new StringBuilder(base);
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            char c = switch (r.nextInt(6)) {
                case 0 -> (char) r.nextInt(0x20);
                case 1 -> (char) (0x7F + r.nextInt(0x21)); // DEL and C1
                case 2 -> (char) (0x200B + r.nextInt(5)); // zero-width, LRM, RLM
                case 3 -> (char) (0x202A + r.nextInt(5)); // embeddings and overrides
                case 4 -> (char) (0x2066 + r.nextInt(4)); // isolates
                default -> pick(r, new String[] {"\uFEFF", "\u2028", "\u2029", "\u00AD", "\u180E", "\uFFFE", "\uFFFF"})
                        .charAt(0);
            };
            b.insert(r.nextInt(b.length() + 1), c);
        }
        return b.toString();
    }

    private static String stopwords(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            String w = pick(r, STOPWORDS);
            b.append(r.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT)).append(r.nextInt(5) == 0 ? "? " : " ");
        }
        return b.toString();
    }

    private static String punctuation(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
        }
        return b.toString();
    }

    private static String huge(Random r) {
        StringBuilder b = new StringBuilder(HUGE_LENGTH + 200);
        int shape = r.nextInt(4);
        while (b.length() < HUGE_LENGTH) {
            switch (shape) {
                case 0 -> b.append(pick(r, QUESTIONS)).append(' ');
                case 1 -> b.append(pick(r, WORDS)).append(' ');
                case 2 -> b.append((char) ('a' + r.nextInt(26))); // one enormous word
                default -> b.append(unicode(r, 50));
            }
        }
        return b.toString();
    }

    private static String longWord(Random r) {
        int n = 30 + r.nextInt(3000);
        StringBuilder w = new StringBuilder();
        boolean supplementary = r.nextInt(4) == 0;
        if (supplementary && r.nextBoolean()) {
            w.append('A'); // a capital, so it reads as a name
        }
        for (int i = 0; i < n; i++) {
            if (supplementary) {
                w.appendCodePoint(0x20000 + r.nextInt(0xA6D0)); // CJK extension B: letters outside the BMP
            } else {
                w.append((char) ('a' + r.nextInt(26)));
            }
        }
        if (supplementary) {
            w.append((char) ('a' + r.nextInt(26))); // one letter in the BMP: the parser counts the word as unknown
        }
        String word = w.toString();
        return switch (r.nextInt(4)) {
            case 0 -> word;
            case 1 -> "What did " + word + " say?";
            case 2 -> "Who is " + word + "'s leader?";
            default -> "Where is " + word.toUpperCase(java.util.Locale.ROOT) + " " + r.nextLong() + "?";
        };
    }

    /** A real question with hostile pieces put in, case changed or characters dropped: some still get answered. */
    private static String mutate(Random r, String question) {
        StringBuilder b = new StringBuilder(question);
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String piece = switch (r.nextInt(8)) {
                case 0 -> pick(r, EMOJI);
                case 1 -> pick(r, HTML);
                case 2 -> pick(r, MARKDOWN);
                case 3 -> pick(r, LUCENE);
                case 4 -> pick(r, RTL);
                case 5 -> String.valueOf((char) r.nextInt(0x20));
                case 6 -> unicode(r, 1 + r.nextInt(3));
                default -> " " + pick(r, WORDS) + " ";
            };
            b.insert(r.nextInt(b.length() + 1), piece);
        }
        if (r.nextInt(4) == 0) {
            String s = b.toString();
            return r.nextBoolean() ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT);
        }
        if (r.nextInt(4) == 0 && b.length() > 1) {
            b.deleteCharAt(r.nextInt(b.length()));
        }
        return b.toString();
    }

    private static String mix(Random r, String[] pieces, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(r.nextInt(4) == 0 ? pick(r, WORDS) : pick(r, pieces));
            if (r.nextInt(3) != 0) {
                b.append(' ');
            }
        }
        if (r.nextInt(3) == 0) {
            b.insert(0, pick(r, new String[] {"Who leads ", "What did ", "Where are ", "How much ", ""}));
        }
        return b.toString();
    }

    private static String pick(Random r, String[] items) {
        return items[r.nextInt(items.length)];
    }

    /** Whether {@code s} is well-formed UTF-16: every high surrogate followed by a low one and every low one preceded by a high one. */
    public static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} with control, format and non-ASCII characters as \\uXXXX, cut to {@code max} characters. */
    public static String escape(String s, int max) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04X", (int) c));
            }
        }
        return s.length() > max ? b + "…" : b.toString();
    }

    /** The kinds in order, for reports. */
    public static List<Kind> kinds() {
        return List.of(Kind.values());
    }
}
