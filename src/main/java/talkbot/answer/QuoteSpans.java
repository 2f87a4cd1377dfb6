package talkbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.Question;
import talkbot.reading.Name;
import talkbot.reading.Quotes;
import talkbot.reading.Quotes.Quote;

/** The quotation a sentence answers with: whole, balanced and said by the one the question asks about. */
final class QuoteSpans {
    private QuoteSpans() {}

    /** The verbs that tell what someone called something. */
    private static final String CALLED_VERB = "(?:called|calls|calling|dubbed|termed|labell?ed|branded)";

    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:said|says|saying|told [\\p{L} ]{1,30}?|added|adding|stated|warned|warning|argued|insisted|noted|explained) (?:that )?(.{8,}?)[.;]?$");
    /** What someone called something, in their words without quotation marks: "Liang called the outcome balanced". */
    private static final Pattern CALLED_SO = Pattern.compile("(?<![-\\w])(?<!(?:was|were|is|are|be|been) )" + CALLED_VERB
            + " (?!(?:off|for|on|in|back|up)\\b)(?!\\p{Lu})((?:the|its|their|his|her|this|these|that) .{8,}?)[.;]?$");

    /** What someone described something as: 'describing the discussions as "in-depth, candid and constructive"'. */
    private static final Pattern DESCRIBED_AS = Pattern.compile(
            "(?i)\\b(?:describ|characteri[sz])\\w*\\s+(?:[^,;.\"“”]{1,50}?\\s+)?as\\s+(?:[\"“]([^\"“”]{2,90})[\"”]|([^,;.\"“”]{2,60}?(?:[\"“][^\"“”]{1,60}[\"”])?)(?=[,;.]|$|\\s+(?:(?:and|but)\\s+(?:said|says|added|told|warned|noted)|saying|adding|while|because)\\b))");


    /** What someone called something, in quotation marks: 'called the U.S. fees "discriminatory"' (not 'called for "equal treatment"', not "so-called"). */
    private static final Pattern CALLED = Pattern.compile(
            "(?i)(?<![-\\w])" + CALLED_VERB + "\\s+(?!(?:off|for|on)\\b)(?:[^,;\"“”]{1,50}?\\s+)?[\"“]([^\"“”]{2,90})[\"”]");

    /** Whether the sentence tells how someone described something, in other words than "describe": 'called the fees "discriminatory"'. */
    static boolean callsSomething(String sentence) {
        return CALLED.matcher(sentence).find();
    }

    static Span quote(Question q, String sentence, SentenceReading r, double[] at) {
        if (q.shape().asksDescription()) {
            Matcher described = DESCRIBED_AS.matcher(sentence);
            if (!described.find()) {
                described = CALLED.matcher(sentence); // 'called the U.S. fees "discriminatory"': the words they were called
                if (described.find() && !reportedByAnother(q, sentence, r, described.start())) {
                    return new Span(Replies.quotation(Replies.withoutFinalStop(described.group(1)), Answer.SHORT_LIMIT),
                            Math.max(0.8, Spans.fitOf(at, r.clauseAt(described.start()))), described.start());
                }
            } else if (!reportedByAnother(q, sentence, r, described.start())) {
                // "how did li describe the talks": the words he described them as
                String words = described.group(1) != null ? Replies.quotation(Replies.withoutFinalStop(described.group(1)), Answer.SHORT_LIMIT)
                        : described.group(2).strip(); // "as productive and said ...": productive
                return new Span(words, Math.max(0.8, Spans.fitOf(at, r.clauseAt(described.start()))), described.start());
            }
        }
        Quote best = null;
        double bestFit = -1;
        List<Quote> theirs = new ArrayList<>();
        for (Quote quote : r.quotes()) {
            if (!quote.speech() || Spans.words(quote.words()) < 2) {
                continue; // marks without a verb of saying are a name or scare quotes
            }
            if (saidByAnother(q, sentence, r, quote)) {
                continue; // "what did trump say": not the words Starmer said on his call with Trump
            }
            theirs.add(quote);
            double fit = Spans.fitOf(at, r.clauseAt(quote.start() + 1)) + quote.words().length() * 1e-4;
            if (fit > bestFit) {
                best = quote;
                bestFit = fit;
            }
        }
        if (best != null) {
            String whole = pieces(r, theirs);
            // "should 'cherish the hard-won consensus' and 'expand the list of cooperation'": every piece, when they fit
            String text = theirs.size() > 1 && !whole.isEmpty() && whole.length() <= Answer.SHORT_LIMIT ? whole
                    : Replies.quotation(best.words(), Answer.SHORT_LIMIT);
            return new Span(text, Math.min(1, bestFit));
        }
        Matcher reported = REPORTED.matcher(Quotes.outside(sentence));
        if (reported.find() && !reportedByAnother(q, sentence, r, reported.start())) {
            String said = sentence.substring(reported.start(1), reported.end(1)).strip();
            return new Span(Text.clip(Spans.capitalise(said), Answer.SHORT_LIMIT), Spans.max(at));
        }
        Matcher called = CALLED_SO.matcher(Quotes.outside(sentence));
        if (called.find() && !reportedByAnother(q, sentence, r, called.start())) {
            // "Liang called the outcome balanced", asked of the outcome: "balanced"
            String said = withoutAskedObject(q, sentence.substring(called.start(1), called.end(1)).strip());
            return new Span(Text.clip(Spans.capitalise(said), Answer.SHORT_LIMIT), Spans.max(at));
        }
        return null;
    }

    /**
     * What something was called, without the thing when the question names it: "the outcome balanced and mutually
     * beneficial", asked how the outcome was described, is "balanced and mutually beneficial".
     */
    private static String withoutAskedObject(Question q, String called) {
        java.util.List<String> asked = talkbot.index.Vocabulary.words(q.corrected());
        String[] words = called.split("\\s+");
        int k = words.length > 0 && OBJECT_DETERMINER.matcher(words[0]).matches() ? 1 : 0;
        int start = k;
        while (k < words.length - 1 && asked.contains(Text.fold(words[k]))) {
            k++;
        }
        return k > start ? String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)) : called;
    }

    private static final Pattern OBJECT_DETERMINER = Pattern.compile("(?i)the|its|their|his|her|this|these|that");

    /**
     * The pieces of one person's quotation in a sentence, in order, each in its marks: "“…” … “…”";
     * only pieces with no person named between them ("…", while Brekke said it was "…" are two people's).
     */
    private static String pieces(SentenceReading r, List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        Quote last = null;
        for (Quote quote : quotes) {
            if (last != null && personBetween(r, last.end(), quote.start())) {
                return ""; // another speaker's words: too long for a short answer, so the best piece alone answers
            }
            out.append(out.length() == 0 ? "" : " … ").append(Replies.quotation(quote.words(), Integer.MAX_VALUE));
            last = quote;
        }
        return out.toString();
    }

    private static boolean personBetween(SentenceReading r, int from, int to) {
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PERSON && n.start() >= from && n.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every quotation the sentence gives is someone else's than the person the question
     * asks about (and it gives at least one): such a sentence does not say what they said.
     */
    static boolean quotesOnlyOthers(Question q, String sentence, SentenceReading r) {
        boolean any = false;
        for (Quote quote : r.quotes()) {
            if (!quote.speech() || Spans.words(quote.words()) < 2) {
                continue;
            }
            if (!saidByAnother(q, sentence, r, quote)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final String SPEECH_VERB = "(?:said|says|told|wrote|added|posted|tweeted|declared)";

    /** Between a closing quotation mark and the speaker's name: '," said '. */
    private static final Pattern SAID_BEFORE_NAME = Pattern.compile("^[\\s,]*(?:(?:he|she|they)\\s+)?" + SPEECH_VERB + "\\s*$");

    /** After the speaker's name: ' said'. */
    private static final Pattern SAID_AFTER_NAME = Pattern.compile("(?s)^\\s+" + SPEECH_VERB + "\\b.*");

    /**
     * Whether the sentence gives the quotation to a named person who is not the one the question
     * asks about: '"...," Starmer said' or '"...," said Starmer' right after the closing mark.
     */
    private static boolean saidByAnother(Question q, String sentence, SentenceReading r, Quote quote) {
        Entity asked = speaker(q);
        if (asked == null) {
            return false;
        }
        for (Name n : r.names()) {
            if (n.kind() != Name.Kind.PERSON || n.titleStart() < quote.end() || n.titleStart() - quote.end() > 25) {
                continue;
            }
            String between = sentence.substring(quote.end(), n.titleStart());
            String after = sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 12));
            boolean attributed = SAID_BEFORE_NAME.matcher(between).matches()
                    || (between.strip().matches(",?") && SAID_AFTER_NAME.matcher(after).matches());
            if (attributed) {
                return !isAsked(asked, n);
            }
            return false;
        }
        // 'Trump, shaking hands with Xi, ... said the two would have "a fantastic relationship"': the sentence's subject says it
        Matcher pronoun = Spans.OPENING_PRONOUN.matcher(sentence);
        if (pronoun.find() && r.speakerHint() != null && OPENER_SAYS.matcher(sentence.substring(0, quote.start())).find()) {
            String hint = Text.fold(r.speakerHint());
            return asked.names().stream().map(Text::fold).noneMatch(x -> x.equals(hint) || hint.endsWith(" " + x));
        }
        Name opener = r.names().isEmpty() ? null : r.names().get(0);
        return opener != null && opener.kind() == Name.Kind.PERSON && opener.titleStart() <= 4 && opener.end() < quote.start()
                && OPENER_SAYS.matcher(sentence.substring(opener.end(), quote.start())).find() && !isAsked(asked, opener);
    }

    /** Between a speaker's name and their verb of saying: "Trump has said", "Bessent also said". */
    private static final Pattern BEFORE_VERB = Pattern.compile("\\s*(?:(?:has|had|have|also|later|then|again|previously|repeatedly)\\s+)*");

    private static final Pattern OPENER_SAYS = Pattern.compile("\\b" + SPEECH_VERB + "\\b|\\bcalled\\b");

    /** The person a "what did X say" question asks about: the first it names ("what did xi say to trump"), or null. */
    private static Entity speaker(Question q) {
        return q.entities().stream().filter(e -> e.type() == Entity.EntityType.PERSON).findFirst().orElse(null);
    }

    private static boolean isAsked(Entity asked, Name n) {
        String folded = Text.fold(n.text());
        String surname = folded.substring(folded.lastIndexOf(' ') + 1);
        return asked.names().stream().map(Text::fold).anyMatch(x -> x.equals(folded) || x.endsWith(" " + surname) || x.equals(surname));
    }

    /** "saying", "adding": said by the subject of the clause the participle hangs on. */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:saying|adding|warning|arguing|insisting|noting|explaining)\\b");

    /**
     * Whether the person named right before a verb of saying ("US President Donald Trump said on
     * Thursday that ...") — or, for "…, saying", the subject of the clause — is someone else than the
     * person the question asks about.
     */
    private static boolean reportedByAnother(Question q, String sentence, SentenceReading r, int verb) {
        Entity asked = speaker(q);
        if (asked == null) {
            return false;
        }
        Name speaker = null;
        Name subject = null;
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PERSON && n.end() <= verb) {
                boolean possessive = sentence.startsWith("'s", n.end()) || sentence.startsWith("’s", n.end());
                if (subject == null && !possessive) {
                    subject = n;
                }
                if (BEFORE_VERB.matcher(sentence.substring(n.end(), verb)).matches()) {
                    speaker = n;
                }
            }
        }
        if (speaker == null && PARTICIPLE.matcher(sentence.substring(verb)).lookingAt()) {
            // "Badenoch criticised Trump's deal, saying …": the one who did the criticising says it
            speaker = subject;
        }
        if (speaker == null) {
            return false;
        }
        return !isAsked(asked, speaker);
    }
}
