package talkbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.intent.Question;

/**
 * Finds the direct answer inside a sentence when no fact gives it: a day or month for "when", a
 * figure for "how much", a place for "where", a name for "who", a title for "who is X", the
 * quoted words for "what did X say". Among several, the one nearest the question's words wins.
 */
final class SpanExtractor {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    // WHEN and FIGURE open with a lookahead on the characters a match can start with, so the
    // matcher skips the other positions at once instead of trying every alternative there: the
    // same matches, several times faster (SpanExtractorTest holds them to the plain patterns).
    static final String WHEN_STARTS = "(?=[JFMASONDTWlntemy0-9])";
    static final String FIGURE_STARTS = "(?=[uanmosrtfe$€£¥0-9])";
    static final Pattern WHEN = Pattern.compile(WHEN_STARTS +
            "\\b(?:(?:" + MONTHS + ")(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?|\\d{1,2} (?:" + MONTHS + ")(?: \\d{4})?"
                    + "|" + DAYS + "|(?:last|next|this|early|late|mid-?)\\s?(?:week|month|year|weekend)"
                    + "|yesterday|today|tomorrow|tonight|(?:19|20)\\d{2})\\b");
    static final Pattern FIGURE = Pattern.compile(FIGURE_STARTS +
            "(?:(?:up to|about|around|nearly|almost|more than|over|some|roughly) )?"
                    + "(?:[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:billion|million|trillion|bn|m|tn)\\b)?"
                    + "|\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)"
                    + "|(?:\\d[\\d,]*(?:\\.\\d+)?|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several))(?:-| )(?:day|week|month|year|hour)s?\\b"
                    + "|\\d[\\d,]*(?:\\.\\d+)?\\s?(?:billion|million|trillion)\\b"
                    + "|\\b\\d[\\d,]*(?:\\.\\d+)?\\b)");
    private static final Pattern SPEECH = Pattern.compile("\\b(?:said|says|saying|say|told|tells|stated|states|added|"
            + "remarked|asked|wrote|writes|posted|declared|announced|emphasi[sz]ed|stressed|quoted|according|described|"
            + "insisted|warned|argued|noted|explained|replied|commented)\\b");
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:said|says|told [\\p{L} ]{1,30}?|added|stated|warned|argued|insisted|noted) that (.{8,}?)[.;]?$");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,})[”\"]");
    private static final Pattern NAME = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’-]+(?: (?:\\p{Lu}[\\p{L}'’-]+|de|van|von|bin|al)){1,3})\\b");
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|to|from|outside|inside|near|hosted by|host) ((?:the )?\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})");
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "in", "on", "at", "but", "and", "although", "meanwhile", "new", "president", "speaking",
            "representing", "recent", "spotlight", "while", "when", "after", "before", "during", "since");

    private SpanExtractor() {}

    static Optional<String> extract(Question q, String sentence, List<Entity> known) {
        String hit = switch (q.intent()) {
            case WHEN -> nearest(WHEN, sentence, q, 0);
            case HOW_MUCH -> nearest(FIGURE, sentence, q, 0);
            case WHERE -> place(sentence, q, known);
            case WHO -> person(sentence, q, known);
            case ROLE -> role(sentence, q);
            case SAY -> quote(sentence);
            default -> null;
        };
        return Optional.ofNullable(hit).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The clause of the sentence that holds most of the question's words: the short form of a long answer. */
    static String clause(String sentence, Question q) {
        String[] parts = sentence.split("\\s*(?:[,;:—–]|\\s-\\s)\\s*");
        String best = sentence;
        int bestHits = -1;
        for (String p : parts) {
            if (p.split("\\s+").length < 3) {
                continue;
            }
            int hits = hits(p, q);
            if (hits > bestHits) {
                best = p;
                bestHits = hits;
            }
        }
        return Text.clip(best.replaceAll("^[“\"]|[”\"]$", ""), Answer.SHORT_LIMIT);
    }

    private static int hits(String text, Question q) {
        String f = Text.fold(text);
        int n = 0;
        for (String t : q.terms()) {
            if (f.contains(t)) {
                n++;
            }
        }
        return n;
    }

    /** The match of {@code p} (group {@code group}) nearest to a question word, not itself in the question. */
    private static String nearest(Pattern p, String sentence, Question q, int group) {
        String folded = Text.fold(q.corrected());
        List<Integer> anchors = anchors(sentence, q);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            String s = m.group(group);
            if (folded.contains(Text.fold(s))) {
                continue; // the question already says it
            }
            int d = distance(m.start(), anchors);
            if (d < bestDistance) {
                best = s;
                bestDistance = d;
            }
        }
        return best;
    }

    private static List<Integer> anchors(String sentence, Question q) {
        List<Integer> out = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String t : q.terms()) {
            int i = lower.indexOf(t);
            while (i >= 0) {
                out.add(i);
                i = lower.indexOf(t, i + 1);
            }
        }
        return out;
    }

    private static int distance(int pos, List<Integer> anchors) {
        if (anchors.isEmpty()) {
            return pos;
        }
        int d = Integer.MAX_VALUE;
        for (int a : anchors) {
            d = Math.min(d, Math.abs(a - pos));
        }
        return d;
    }

    private static String place(String sentence, Question q, List<Entity> known) {
        String folded = Text.fold(q.corrected());
        for (Entity e : known) {
            if (e.type() != Entity.EntityType.PLACE && e.type() != Entity.EntityType.COUNTRY) {
                continue;
            }
            for (String n : e.names()) {
                if (n.length() > 2 && sentence.contains(n) // cheap test first: the pattern only matches where the name occurs
                        && Pattern.compile("\\b" + Pattern.quote(n) + "\\b").matcher(sentence).find()
                        && !folded.contains(Text.fold(n)) && !q.entities().contains(e)) {
                    Matcher pm = PLACE.matcher(sentence);
                    while (pm.find()) {
                        if (pm.group(1).contains(n)) {
                            return n;
                        }
                    }
                }
            }
        }
        String s = nearest(PLACE, sentence, q, 1);
        return s == null || s.matches("(?:" + MONTHS + "|" + DAYS + ").*") ? null : s;
    }

    /** The person named nearest to the question's words, other than anyone the question names. */
    private static String person(String sentence, Question q, List<Entity> known) {
        String folded = Text.fold(q.corrected());
        List<Integer> anchors = anchors(sentence, q);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Entity e : known) {
            int at = sentence.indexOf(e.name());
            if (e.type() == Entity.EntityType.PERSON && at >= 0 && !q.entities().contains(e)
                    && !folded.contains(Text.fold(e.name())) && distance(at, anchors) < bestDistance) {
                best = e.name();
                bestDistance = distance(at, anchors);
            }
        }
        if (best != null) {
            return best;
        }
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            String name = m.group(1);
            String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
            if (!NOT_NAMES.contains(first) && !folded.contains(Text.fold(name))
                    && !name.matches(".*\\b(?:" + MONTHS + "|" + DAYS + ")\\b.*") && distance(m.start(), anchors) < bestDistance) {
                best = name;
                bestDistance = distance(m.start(), anchors);
            }
        }
        return best;
    }

    /** "Treasury Secretary Scott Bessent" or "Kathleen Brooks, research director at XTB,": the title around a name. */
    private static String role(String sentence, Question q) {
        for (Entity e : q.entities()) {
            for (String n : e.names()) {
                int at = sentence.indexOf(n);
                if (at < 0) {
                    continue;
                }
                String after = sentence.substring(at + n.length());
                Matcher apposition = Pattern.compile("^, ([^,.;]{3,80})[,.;]").matcher(after);
                if (apposition.find() && Character.isLowerCase(apposition.group(1).charAt(0))) {
                    return apposition.group(1);
                }
                String before = sentence.substring(0, at).stripTrailing();
                Matcher title = Pattern.compile("((?:\\p{Lu}[\\p{L}-]+ ){0,4}\\p{Lu}[\\p{L}-]+)$").matcher(before);
                if (title.find()) {
                    String t = title.group(1);
                    String firstWord = t.split(" ")[0].toLowerCase(Locale.ROOT);
                    if (NOT_NAMES.contains(firstWord) && t.contains(" ")) {
                        t = t.substring(t.indexOf(' ') + 1);
                    }
                    if (!NOT_NAMES.contains(t.toLowerCase(Locale.ROOT))) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The words quoted in the sentence; failing that, reported speech ("told reporters that ...").
     * Quotation marks without a verb of saying are a name or scare quotes (a “green channel”).
     */
    private static String quote(String sentence) {
        if (!SPEECH.matcher(sentence).find()) {
            return null;
        }
        Matcher m = QUOTED.matcher(sentence);
        String best = null;
        while (m.find()) {
            if (best == null || m.group(1).length() > best.length()) {
                best = m.group(1);
            }
        }
        if (best != null) {
            return "“" + Text.clip(Replies.trimQuote(best), Answer.SHORT_LIMIT - 2) + "”";
        }
        Matcher reported = REPORTED.matcher(sentence);
        return reported.find() ? Text.clip(Replies.trimQuote(reported.group(1)), Answer.SHORT_LIMIT) : null;
    }
}
