package talkbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.Question;
import talkbot.lexicon.PersonRoles;
import talkbot.reading.Name;

/**
 * The person a sentence answers with: the one whose title the question names, the one who did what
 * it asks ("who announced …"), or the people named in a row in its best clause; and a person's title.
 */
final class PersonSpans {
    private PersonSpans() {}


    private static final Pattern APPOSITION = Pattern.compile(
            "^,\\s+(?!(?:and|or|but|while|who|which|whose|where|when|as|after|before|with|saying|adding|told|said)\\b)((?:the |a |an )?(?:\\p{Lu}[\\p{L}.-]*['’]s\\s+)?\\p{Ll}[^,;.“”\"]{2,120}?)(?:,|\\.|;|$)");

    static Span person(Question q, String sentence, SentenceReading r, double[] at, Focus focus, Sides.Asked side) {
        List<Name> people = new ArrayList<>();
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PERSON && !Spans.asked(q, n.text()) && !Spans.quoted(r, n)) {
                people.add(n);
            }
        }
        if (side.country() != null && !people.isEmpty()) {
            // "who led china's team": not the people the sentence puts on the other side; none, when it names only those
            people.removeIf(n -> side.otherSide(sentence, r, n, fullTitle(sentence, n)));
            if (people.isEmpty()) {
                return null;
            }
        }
        Set<String> roles = PersonRoles.of(opening(q.corrected()));
        if (!roles.isEmpty() && !people.isEmpty()) {
            // "who was japan's chief negotiator": not "Hiroshi Tanabe, chief economist at ..."; none, when it names only such
            people.removeIf(n -> PersonRoles.conflict(roles, fullTitle(sentence, n)));
            if (people.isEmpty()) {
                return null;
            }
        }
        if (people.isEmpty()) {
            if (r.speakerHint() != null && Spans.OPENING_PRONOUN.matcher(sentence).find() && !Spans.asked(q, r.speakerHint())) {
                return new Span(r.speakerHint(), at.length == 0 ? 0 : at[0]); // "He described the talks as productive"
            }
            return null;
        }
        // "who announced ...": the person named just before that verb in the sentence
        String verb = askedVerb(q);
        Name titledDoer = verb == null ? null : titledByVerb(sentence, people, verb);
        if (titledDoer != null) {
            // "who negotiated": "Peru's chief copper negotiator, Jorge Huaman", not "Ellison" who "met" him
            return new Span(titledDoer.text(), Math.max(0.8, Spans.fitOf(at, r.clauseAt(titledDoer.start()))), titledDoer.start());
        }
        Name doer = verb == null ? null : subjectOfVerb(verb, sentence, people);
        if (doer != null) {
            // "Bessent and US Trade Representative Jamieson Greer led the delegation": the verb's subject is the whole row;
            // not in "met Bessent, Lutnick and Greer, who led the talks"
            List<Name> subject = RELATIVE_AFTER.matcher(sentence.substring(doer.end())).lookingAt() ? List.of(doer)
                    : rowEndingWith(rows(sentence, people), doer);
            return new Span(Replies.list(distinctNames(subject)), Math.max(0.8, Spans.fitOf(at, r.clauseAt(doer.start()))), subject.get(0).start());
        }
        // the one whose title the question names ("the Treasury Secretary"), else everyone named in the best clause
        Name titled = null;
        double bestTitle = 0;
        for (Name n : people) {
            String title = fullTitle(sentence, n);
            double score = title == null ? 0 : focus.titleScore(title);
            if (score > bestTitle) {
                titled = n;
                bestTitle = score;
            }
        }
        Set<String> kindAsked = ASKS_BY_KIND.matcher(Text.fold(q.corrected())).lookingAt() ? PersonRoles.of(opening(q.corrected(), KIND_WITHIN)) : Set.of();
        if (titled == null && !kindAsked.isEmpty()) {
            // "which analyst commented": "Sandra Kowalczyk, senior trade economist at ..." is one by her title, in other words
            for (Name n : people) {
                String title = fullTitle(sentence, n);
                if (title != null && !java.util.Collections.disjoint(PersonRoles.of(title), kindAsked)) {
                    titled = n;
                    bestTitle = ROLE_TITLE;
                    break;
                }
            }
        }
        String lower = q.corrected().toLowerCase(Locale.ROOT);
        boolean wholeRow = PLURAL_TITLES.matcher(lower).find()
                || TEAM_VERBS.matcher(lower).find() && !byTitle(q);
        if (titled != null && !wholeRow) {
            return new Span(titled.text(), Math.max(Spans.fitOf(at, r.clauseAt(titled.start())), Math.min(1, bestTitle * 2)));
        }
        // people named in a row ("Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and ...")
        // are one answer; the row that reaches the best clause answers, the longest if two do
        List<List<Name>> rows = rows(sentence, people);
        List<Name> bestRow = null;
        double bestFit = -1;
        for (List<Name> row : rows) {
            double fit = 0;
            for (Name n : row) {
                fit = Math.max(fit, Spans.fitOf(at, r.clauseAt(n.start())));
            }
            if (fit > bestFit + 1e-9 || (Math.abs(fit - bestFit) < 1e-9 && row.size() > bestRow.size())) {
                bestRow = row;
                bestFit = fit;
            }
        }
        List<String> names = distinctNames(bestRow);
        if (names.size() > 1 && !PLURAL_PEOPLE.matcher(q.corrected().toLowerCase(Locale.ROOT)).find()) {
            names = names.subList(0, 1); // "who leads ..." wants one
        }
        return new Span(Replies.list(names), bestFit, bestRow.get(0).start());
    }

    /** The most people one answer names. */
    private static final int MOST_IN_ROW = 5;

    /** The names of a row, each once, at most {@link #MOST_IN_ROW}. */
    private static List<String> distinctNames(List<Name> row) {
        List<String> names = new ArrayList<>();
        for (Name n : row) {
            if (!names.contains(n.text()) && names.size() < MOST_IN_ROW) {
                names.add(n.text());
            }
        }
        return names;
    }

    /** The row that ends with {@code last}, from its start up to it; {@code last} alone when it ends none. */
    private static List<Name> rowEndingWith(List<List<Name>> rows, Name last) {
        for (List<Name> row : rows) {
            if (row.get(row.size() - 1) == last) {
                return row;
            }
        }
        return List.of(last);
    }

    /** How much of the question a title holds that names the kind of person asked in other words ("economist" for "analyst"). */
    private static final double ROLE_TITLE = 0.4;

    /** How many words open a question that asks for a person by what they are: "who was japans chief negotiator", "which economist". */
    private static final int ROLE_WITHIN = 5;

    /** The first words of a question, where the noun it asks for stands ("who said the tariff the negotiators agreed …" asks no negotiator). */
    private static String opening(String question) {
        return opening(question, ROLE_WITHIN);
    }

    private static String opening(String question, int within) {
        String[] words = question.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, within)));
    }

    /** A question that asks for a person by what kind of person they are: "which analyst", "what economist". */
    private static final Pattern ASKS_BY_KIND = Pattern.compile("(?:which|what)\\s");
    /** How many words open such a question: "which analyst", "which trade economist". */
    private static final int KIND_WITHIN = 3;

    /** Whether the question speaks of someone by a title ("what did the econ minister say"): see {@link PronounSpeakers#titlesOfNamed}. */
    static boolean byTitle(Question q) {
        return talkbot.index.Vocabulary.words(q.corrected()).stream().anyMatch(talkbot.lexicon.TitleWords::isHead);
    }

    /** The title written with a person: before the name ("Vice Premier", "China's ... trade representative,") or after it. */
    static String fullTitle(String sentence, Name n) {
        if (n.title() != null) {
            return n.title();
        }
        String apposition = apposition(sentence.substring(n.end()));
        if (apposition != null) {
            return apposition;
        }
        return titleBefore(sentence.substring(0, n.start()));
    }

    /**
     * "who announced", and a participle with "to" after "is", "was" and the like: "who is expected to review the truce"
     * (not "who was appointed …", whose doer is another, nor "who is jared kushner").
     */
    private static final Pattern WHO_VERB = Pattern.compile(
            "^(?:who|which [\\w ]+?)\\s+(?:([a-z]+(?:ed|ou?ght|aid|old|ote|ld|ke|et))|(?:is|are|was|were)\\s+([a-z]{2,}ed)\\s+to)\\b");

    /** "Who announced the team?": the verb asked ("announced"), or null. */
    private static String askedVerb(Question q) {
        Matcher m = WHO_VERB.matcher(Text.fold(q.corrected()));
        return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** A relative clause right after a name: ", who led the talks" is said of that one person only. */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("^\\s*,\\s*(?:who|whose)\\b");

    /** In "who announced the team?", the person the sentence names right before "announced". */
    private static Name subjectOfVerb(String verb, String sentence, List<Name> people) {
        String stem = verb.length() > 5 ? verb.substring(0, verb.length() - 2) : verb;
        Matcher at = Pattern.compile("\\b" + Pattern.quote(stem) + "\\w*").matcher(sentence.toLowerCase(Locale.ROOT));
        if (!at.find()) {
            return null;
        }
        Name best = null;
        for (Name n : people) {
            if (n.end() <= at.start() && at.start() - n.end() <= 40) {
                best = n; // the last one before the verb
            }
        }
        return best;
    }

    /** The endings that make a verb's doer of its stem: "negotiat-or", "organiz-er", "represent-ative", "chair-man". */
    private static final String DOER_ENDINGS = "(?:or|er|ant|ent|ative|man|woman|person)s?";
    /** A verb in the past tense and the stem its doer is named from: "negotiat" of "negotiated", "chair" of "chaired". */
    private static final Pattern PAST_STEM = Pattern.compile("^([a-z]{4,}?)e?d$");

    /**
     * In "who negotiated the deal", the one person whose title names the doer of that verb: "Japan's
     * chief trade negotiator, Ryosei Akazawa" — not a "chief investment officer" for "who
     * investigated"; null when none or two are so titled.
     */
    private static Name titledByVerb(String sentence, List<Name> people, String verb) {
        Matcher past = PAST_STEM.matcher(verb);
        if (!past.matches()) {
            return null;
        }
        Pattern doer = Pattern.compile("\\b" + Pattern.quote(past.group(1)) + DOER_ENDINGS + "\\b");
        Name found = null;
        for (Name n : people) {
            String title = fullTitle(sentence, n);
            if (title != null && doer.matcher(title.toLowerCase(Locale.ROOT)).find()) {
                if (found != null) {
                    return null; // two negotiators: the verb tells neither
                }
                found = n;
            }
        }
        return found;
    }

    /** The people of a sentence in rows: names one after another, with nothing but commas, "and" and titles between. */
    private static List<List<Name>> rows(String sentence, List<Name> people) {
        List<List<Name>> rows = new ArrayList<>();
        List<Name> row = new ArrayList<>();
        for (Name n : people) {
            if (!row.isEmpty()) {
                Name last = row.get(row.size() - 1);
                String gap = last.end() <= n.titleStart() ? sentence.substring(last.end(), n.titleStart()) : "x";
                if (!Spans.ROW_GAP.matcher(LEADING_POSSESSIVE.matcher(gap).replaceFirst("")).matches()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
            row.add(n);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** "Who were the american representatives": several people, not the one whose title says "representative". */
    private static final Pattern PLURAL_TITLES = Pattern.compile("\\b(?:who were|who are|representatives|ministers|leaders|negotiators"
            + "|delegates|officials|chiefs|secretaries|envoys)\\b");
    /** "Who represented china", "who travelled with trump": everyone named, unless the question names a title ("which minister represented japan"). */
    private static final Pattern TEAM_VERBS = Pattern.compile("\\b(?:represented|accompanied|travel+ed with|went with|came with)\\b");

    /** A question that asks for several people: every person the best clause names answers it. */
    private static final Pattern PLURAL_PEOPLE = Pattern.compile("\\b(?:and|team|teams|delegation|delegations|members|who else|side|sides|both"
            + "|officials|people|ministers|leaders|executives|negotiators|representatives|delegates|bosses|chiefs|ceos|who were|who are"
            + "|represented|accompanied|travel+ed with|went with|came with)\\b"); // "who represented china at the summit": all of its team

    /** The title written before the named person ("Vice Premier"), or the one in apposition after ("chief economist at ..."). */
    static Span title(Question q, String sentence, SentenceReading r) {
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.TOPIC) {
                continue;
            }
            for (Name n : r.names()) {
                if (e.names().stream().noneMatch(x -> Text.fold(x).equals(Text.fold(n.text())))) {
                    continue;
                }
                String title = titleOf(n, sentence);
                if (title != null) {
                    return new Span(title, 1);
                }
            }
        }
        return null;
    }

    /** The title the sentence gives the person it names {@code name}: "… Nomvula Khumalo" after "headed by Minister of …". */
    static Span titleOf(String name, String sentence, SentenceReading r) {
        for (Name n : r.names()) {
            if (n.text().equals(name)) {
                String title = titleOf(n, sentence);
                return title == null ? null : new Span(title, 1);
            }
        }
        return null;
    }

    /**
     * The title before the name or a title phrase just before that, and an apposition after it: both when the sentence gives
     * both ("The EU's chief negotiator, Matthias Krenn, deputy director-general of the Commission's trade department, said"
     * is "EU's chief negotiator, deputy director-general of …"), else the one it gives.
     */
    private static String titleOf(Name n, String sentence) {
        String apposition = apposition(sentence.substring(n.end()));
        String before = n.title() != null ? n.title() : titleBefore(sentence.substring(0, n.start()));
        if (apposition == null || before == null || Text.fold(apposition).contains(Text.fold(before))) {
            return apposition != null ? apposition : before;
        }
        return before + ", " + apposition;
    }

    private static final Set<String> NOT_IN_TITLES = Set.of("including", "with", "by", "as", "from", "said", "says",
            "told", "to", "facing", "headed", "led", "while", "where", "who", "which", "that", "at", "in", "on", "is", "was",
            "will", "be", "and", "according", "meeting", "after", "before", "met", "joined", "alongside");

    private static final Pattern OPENS_WITH_ARTICLE = Pattern.compile("(?i)(?:the|a|an)\\s.*");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}'’-]+");
    private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s");
    private static final Pattern ARTICLE_OR_AND = Pattern.compile("(?i)and|the|a|an");
    private static final Pattern LEADING_POSSESSIVE = Pattern.compile("^['’]s");

    /**
     * What an apposition after a name says it is: ", the Swedish government's headquarters in central
     * Stockholm," or ", chief economist at Lindqvist Partners," or ", Beijing's international trade
     * representative.": a noun phrase that opens with an article or holds a title word — not ", told a briefing".
     */
    private static String apposition(String after) {
        Matcher m = APPOSITION.matcher(after);
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(1).strip();
        boolean article = OPENS_WITH_ARTICLE.matcher(phrase).matches();
        return article || talkbot.lexicon.TitleWords.headsPhrase(phrase) ? phrase : null;
    }

    /** "China's international trade representative and vice commerce minister, Li Chenggang": a lower-case title before a name. */
    private static String titleBefore(String before) {
        String b = TRAILING_COMMAS.matcher(before).replaceAll("");
        String[] words = b.split("\\s+");
        int from = words.length;
        while (from > 0) {
            String w = words[from - 1];
            String lower = w.toLowerCase(Locale.ROOT);
            boolean joiner = (lower.equals("and") || lower.equals("for") || lower.equals("of")) && from < words.length && from > 1;
            if ((NOT_IN_TITLES.contains(lower) && !joiner) || !LETTERS.matcher(w).matches() || (Character.isUpperCase(w.charAt(0)) && !POSSESSIVE.matcher(w).matches())) {
                break;
            }
            from--;
        }
        while (from < words.length && ARTICLE_OR_AND.matcher(words[from]).matches()) {
            from++;
        }
        if (from >= words.length) {
            return null;
        }
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        for (int i = from; i < words.length; i++) {
            if (talkbot.lexicon.TitleWords.isHead(words[i])) {
                return Text.clip(title, Answer.SHORT_LIMIT);
            }
        }
        return null;
    }
}
