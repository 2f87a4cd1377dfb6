package talkbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.index.Vocabulary;
import talkbot.intent.Question;
import talkbot.reading.Clauses.Clause;
import talkbot.reading.Figure;
import talkbot.time.DateMention;

/** The date or frequency a sentence answers with: the day the question asks about, made absolute. */
final class DateSpans {
    private DateSpans() {}

    private static final Pattern ASKS_START = Pattern.compile("\\b(?:start|starts|started|begin|begins|began|kick|kicked|open|opened|first day|commence)");

    private static final Pattern ASKS_END = Pattern.compile("\\b(?:end|ends|ended|finish|finished|wrap|wrapped|conclude|concluded|close|closed|last day|over)\\b");

    /** The month a question asks within ("what date in april"), or null: its scope is that whole month and it says "in" or "during" it. */
    private static java.time.Month askedMonth(Question q) {
        var from = q.scope().from();
        var to = q.scope().to();
        if (from == null || from.getMonth() != to.getMonth() || from.getYear() != to.getYear() || from.getDayOfMonth() != 1
                || to.getDayOfMonth() != to.lengthOfMonth()) {
            return null; // no month, or a day, a week, a year
        }
        String month = from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String abbreviation = month.substring(0, 3);
        boolean inMonth = Pattern.compile("\\b(?:in|during)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:" + month + "|" + abbreviation + ")\\b")
                .matcher(Text.fold(q.corrected())).find(); // "in april", not "after the february one"
        return inMonth ? from.getMonth() : null;
    }

    /** A question about a deadline, which a date after "by", "before" or "until" answers. */
    private static final Pattern ASKS_DEADLINE = Pattern.compile(
            "\\b(?:by when|deadline|(?:until|till|by) (?:when|what date|what day|which date)|due by|how soon|expire|expires|expired|expiring|lapse|lapses|lapsed)\\b");

    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|before|until|till|no later than|(?:expire|expires|expired|expiring|lapse|lapses|lapsed)\\s+(?:on|in|at))\\s+(?:the\\s+)?$");

    /** A question about when people meet: "when is the next round", "when do they meet again". */
    private static final Pattern ASKS_MEETING = Pattern.compile("\\b(?:meet|meets|meeting|met|round|talks|session|resume|resumes|negotiations)\\b");
    /** A date named as a deadline: "set a deadline of May 28 to settle …", "the deadline, May 28". */
    private static final Pattern DEADLINE_NAMED = Pattern.compile("(?i)\\bdeadlines?(?:\\s+(?:of|for|on|is|was|at))?[\\s,]+(?:the\\s+)?$");

    /** A question of when something takes effect ("kick in" is read as "take effect"). */
    private static final Pattern ASKS_EFFECT = Pattern.compile(
            "\\b(?:(?:take|takes|took|taking|go|goes|went|come|comes|came) (?:into )?(?:effect|force)|effective|in effect|kick in|kicks in|apply|applies)\\b");
    /** A day something starts to apply from: "starting Feb. 1", "effective April 1", "takes effect on May 1". */
    private static final Pattern EFFECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:starting|effective|as of|beginning|from|(?:take|takes|taking) effect|(?:come|comes|coming|enter|enters|entering) into (?:force|effect)|kicks? in)\\s+(?:on\\s+)?$");

    /**
     * A change to come, dated by "on" in the same clause: "a U.S. tariff … will rise from 20% to 45% on September 1", "would
     * automatically revert to 34% on April 1". The day it takes effect.
     */
    private static final Pattern CHANGE_ON = Pattern.compile(
            "(?i)\\b(?:will|would|is to|are to|is set to|are set to|is due to|are due to)\\s+(?:(?!not\\b)\\w+\\s+){0,2}?"
                    + "(?:rise|increase|climb|jump|go up|fall|drop|go down|revert|snap back|double|be (?:raised|increased|doubled|cut|lowered"
                    + "|reduced|lifted|removed|imposed|restored|reinstated))\\b[^.;:!?]{0,70}?\\bon\\s+$");

    /**
     * Whether a sentence dates when something starts to apply: a date right after "starting", "effective", "from", "takes effect
     * on", or the day a change to come is dated ({@link #CHANGE_ON}).
     */
    static boolean datesOnset(String sentence, SentenceReading r) {
        for (DateMention d : r.dates()) {
            if (CHANGE_ON.matcher(sentence.substring(Math.max(0, d.start() - 110), d.start())).find()) {
                return true;
            }
            Matcher m = EFFECT_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 40), d.start()));
            if (!m.find()) {
                continue;
            }
            String lead = m.group().toLowerCase(java.util.Locale.ROOT);
            if (!lead.startsWith("as of") && !(lead.startsWith("from") && SPAN_GOES_ON.matcher(sentence.substring(d.end())).lookingAt())) {
                return true; // not "as of Friday, the tariff remains", nor the "from" of "exports from January to September"
            }
        }
        return false;
    }

    /** Whether the question asks for a deadline: "deadline for china to drop the pork duty?", "by when must they …". */
    static boolean asksDeadline(Question q) {
        return ASKS_DEADLINE.matcher(Text.fold(q.corrected())).find();
    }

    /**
     * Whether a date of the sentence is set as a deadline: "to lift the duty by March 15", "no later than Sept. 30" (not
     * the end of a stretch of time, "met from Tuesday until Thursday", which {@link #DEADLINE_BEFORE} also takes).
     */
    static boolean datesDeadline(String sentence, SentenceReading r) {
        for (DateMention d : r.dates()) {
            if (DUE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 24), d.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** What sets the date after it as one something is due by: "by", "no later than" (not a hope to sign "before Sept. 30"). */
    private static final Pattern DUE_BEFORE = Pattern.compile("(?i)\\b(?:by|no later than)\\s+(?:the\\s+)?$");

    /** A date that opens a stretch of time: "from January to September", "from May 1 until June 30". */
    private static final Pattern SPAN_GOES_ON = Pattern.compile("(?i)\\s*(?:to|until|till|through|and|[-–—])\\s");

    /** Words that say when something takes effect or starts: "will take effect on August 1", "the charges had started on Oct. 14". */
    private static final Pattern SAYS_ONSET = Pattern.compile("(?i)\\b(?:(?:take|takes|took|taken|taking|go|goes|went|gone|going|come|comes|came|coming"
            + "|enter|enters|entered|entering|put|brought|bring|brings|bringing) (?:into )?(?:effect|force)|effective|in effect|in force|kicks? in|kicked in"
            + "|apply|applies|applied|applying|start|starts|started|starting|begin|begins|began|begun|beginning|launch|launches|launched"
            + "|open|opens|opened|commence[sd]?|phas\\w* in|roll\\w* out)\\b");

    /** The old end of a date moved "from March 14 to July 12". */
    private static final Pattern MOVED_FROM = Pattern.compile("(?i)\\bfrom\\s+$");
    private static final Pattern THEN_TO = Pattern.compile("(?i)^,?\\s+(?:to|until|till)\\s+");

    /** A date set some time before a deadline, so not the deadline: "on October 28, less than two weeks before the deadline". */
    private static final Pattern SHORT_OF_DEADLINE = Pattern.compile(
            "(?i)^[^.;]*?\\b(?:days?|weeks?|months?|hours?)\\s+(?:before|ahead of|prior to)\\s+(?:the|its|a)\\s+(?:\\w+\\s+)?(?:deadline|expiry|expiration)\\b");

    /** How much a date after "by", "until" or "extended … to" counts for a deadline question, against how well its clause fits. */
    private static final double DEADLINE_WEIGHT = 0.6;

    /** "extended the deadline for a sale by another 90 days, to Dec. 16": the date a deadline was moved to. */
    private static final Pattern MOVED_TO = Pattern.compile(
            "(?i)\\b(?:extend\\w*|push\\w* back|mov\\w*|delay\\w*|postpon\\w*|brought forward)\\b[^.;]{0,50}\\bto\\s+$");

    /** "What time": a clock time answers it, with its day. */
    private static final Pattern ASKS_TIME = Pattern.compile("\\b(?:what|which|wat) time\\b|\\bat what hour\\b");

    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])|\\b\\d{1,2}:\\d{2}\\b|\\bmidnight\\b|\\bnoon\\b");

    /** The characters between a date and a clock time, whichever comes first. */
    private static int gap(DateMention d, Matcher clock) {
        return d.end() <= clock.start() ? clock.start() - d.end() : Math.max(0, d.start() - clock.end());
    }

    /** "What days did they meet": more than one day. */
    private static final Pattern ASKS_DAYS = Pattern.compile("\\b(?:what|which|wat|wht)\\s+(?:days|dates)\\b");
    /** "What day", "which date": a month or a year does not answer it. */
    private static final Pattern ASKS_DAY = Pattern.compile("\\b(?:what|which|wat|wht|exact)\\s+(?:day|days|date|dates|weekday)\\b|\\bon what\\b");

    /** The day someone said something, right before it: "officials said on Friday", "Greer told reporters on Tuesday". */
    private static final Pattern SAID_ON = Pattern.compile(
            "(?i)\\b(?:(?:said|says|told reporters|told journalists)\\s+(?:on|late on|early on|later on)?|(?:added|noted)\\s+on)\\s*$");
    /** What stands before a wire dateline's date: "MUMBAI, ", "HANOI/WASHINGTON, ". */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("\\p{Lu}[\\p{Lu} .'’/-]+,\\s+");
    /** A question about when something was said, which the day it was said answers. */
    private static final Pattern ASKS_SAYING = Pattern.compile("\\b(?:say|said|says|tell|told|announce|announced|comment|commented|stated)\\b");

    /** A verb of ending (or of starting) shortly before a date: the date is that end of the event. */
    private static final Pattern ENDED_BEFORE = Pattern.compile("(?i)\\b(?:ended|ends|concluded|wrapped up|wrapping up|closed|finished|wound up|again|resumed|resuming)\\b[^.;]{0,50}$");

    private static final Pattern STARTED_BEFORE = Pattern.compile("(?i)\\b(?:began|begins|started|starts|opened|opens|kicked off|kicks off|resumed)\\b[^.;]{0,50}$");

    private static final Pattern WITHIN = Pattern.compile("(?i)\\b(?:within|in|for the next|over the next|after|by)\\s+(?:the\\s+next\\s+|about\\s+)?$");

    /** No date, but a time from now: "they are due to meet again within two months". */
    private static Span within(String sentence, SentenceReading r, double[] at, boolean start) {
        for (Figure f : r.figures()) {
            if ("time".equals(f.unit())) {
                Matcher m = WITHIN.matcher(sentence.substring(Math.max(0, f.start() - 20), f.start()));
                if (m.find() && !(start && m.group().toLowerCase(java.util.Locale.ROOT).startsWith("after"))) { // "after two days of talks" is no start
                    String said = sentence.substring(f.start() - (m.end() - m.start()), f.end());
                    return new Span(said.strip(), Spans.fitOf(at, r.clauseAt(f.start())) * 0.8);
                }
            }
        }
        return null;
    }

    /** "since" right before a date: the date bounds a stretch of time and is not when the thing asked about happens. */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?\\s*)?$");

    /** A question about an earlier time ("when had they last met", "since when"): a date after "since" may answer it. */
    private static final Pattern LOOKS_BACK = Pattern.compile("\\b(?:last|previous|previously|since|before|earlier|prior)\\b");

    /**
     * "Meet in Washington on May 20 to finalise the quota rules, which are due to take effect on
     * July 1": of two dates, the one right after the words the question says ("when do the rules
     * take effect") is the one it asks for, even in a clause that holds fewer of its words. "Friday's
     * call" says its words right after the date.
     */
    private static final int SAID_BEFORE_WORDS = 4;

    private static final double SAID_BEFORE_WEIGHT = 0.5;

    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)");

    /** The last few words before a date, within its clause, and the words it owns right after it ("Friday's call"). */
    private static List<String> wordsAround(String sentence, SentenceReading r, DateMention d) {
        int at = d.start();
        Clause c = r.clauses().get(r.clauseAt(at));
        List<String> before = Vocabulary.words(sentence.substring(Math.min(at, Math.max(c.start(), at - 60)), at));
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - SAID_BEFORE_WORDS), before.size()));
        Matcher owned = POSSESSIVE_AFTER.matcher(sentence.substring(Math.min(d.end(), sentence.length())));
        if (owned.find()) {
            words.addAll(Vocabulary.words(owned.group(1)));
        }
        return words;
    }

    /** What opens a clause of another time than the sentence's date: "a deadline of Dec. 15 to settle … before the cut takes effect". */
    private static final Pattern LATER_EVENT = Pattern.compile("(?i)\\b(?:before|until|once|so that|by the time)\\b");

    /**
     * Whether the question's words are said only after the date, past a word that puts them at
     * another time: "a deadline of Dec. 15 to settle the rice issues so that a full agreement can
     * be signed before the auto tariff cut takes effect" does not say when the cut takes effect.
     */
    private static boolean ofLaterEvent(String sentence, DateMention d, Focus focus) {
        Matcher m = LATER_EVENT.matcher(sentence);
        if (!m.find(d.end())) {
            return false;
        }
        return focus.saysAnyOf(Vocabulary.words(sentence.substring(m.end())))
                && !focus.saysAnyOf(Vocabulary.words(sentence.substring(0, m.start())));
    }

    /** What a year alone loses against a day or a month of the sentence: "this year" barely dates anything. */
    private static final double YEAR_ONLY = 0.25;

    /** What joins a place to the date right after it: "in Tokyo in August", "in Geneva on May 10". */
    private static final Pattern PLACE_THEN_DATE = Pattern.compile("\\s+(?:in|on|during)(?:\\s+(?:early|late|mid-?))?\\s*$");

    /** Whether a place the question names comes right before the date: "sessions in Washington in June and in Tokyo in August". */
    private static boolean placeRightBefore(Question q, String sentence, SentenceReading r, DateMention d) {
        Clause c = r.clauses().get(r.clauseAt(d.start()));
        String before = Text.fold(sentence.substring(Math.max(c.start(), d.start() - 40), d.start()));
        Matcher joint = PLACE_THEN_DATE.matcher(before);
        if (!joint.find()) {
            return false;
        }
        String place = before.substring(0, joint.start());
        List<String> asked = new ArrayList<>(q.scope().places()); // "washington", named as a country's city too
        for (talkbot.corpus.Entity e : q.entities()) {
            if (e.type() == talkbot.corpus.Entity.EntityType.PLACE) {
                e.names().forEach(n -> asked.add(Text.fold(n)));
            }
        }
        for (String n : asked) {
            if (place.endsWith(n) && (place.length() == n.length() || !Character.isLetter(place.charAt(place.length() - n.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A date the sentence says was replaced: "the truce, which had been due to expire on March 14, will now run until …". */
    private static final Pattern SUPERSEDED_BEFORE = Pattern.compile(
            "(?i)\\b(?:had\\s+been|was\\s+(?:originally\\s+)?|were\\s+(?:originally\\s+)?|originally|previously|initially)\\s*"
                    + "(?:due|set|scheduled|supposed|expected|planned)\\s+to\\s+\\w+(?:\\s+\\w+)?\\s+(?:on|by|in|at)?\\s*$");
    /** "when does the truce run out now": the date in force, not the one replaced. */
    private static final Pattern ASKS_NOW = Pattern.compile(
            "\\b(?:now|current|currently|extended|latest|new (?:expiry|expiration|end|deadline|date|end date))\\b");
    /** "when was the truce supposed to end before doha": the date replaced. */
    private static final Pattern ASKS_FORMER = Pattern.compile(
            "\\b(?:was supposed to|were supposed to|was meant to|were meant to|originally|previously|initially|had been)\\b");
    /** The words that say the sentence replaced a date it gives: "will now run until …", "instead", "postponed". */
    private static final Pattern REPLACED = Pattern.compile(
            "(?i)\\b(?:now|instead|extended|extends|extend|postponed|delayed|pushed back|moved|brought forward)\\b");

    /** How many days before an article's date its own news may be dated: "agreed on Thursday", reported on Friday. */
    private static final int NEWS_DAYS = 3;

    /**
     * Whether the question asks when a measure takes effect or starts ("when does the cut take
     * effect", "when did the port fees start"), not when a meeting starts ("when did the geneva
     * talks begin": "met in Geneva on Tuesday" says it). Read once per question.
     */
    static boolean asksOnset(Question q) {
        String asked = Text.fold(q.corrected());
        return ASKS_EFFECT.matcher(asked).find() || ASKS_START.matcher(asked).find() && !ASKS_MEETING.matcher(asked).find();
    }

    /**
     * Whether a date span is only the day the report's news happened, in a sentence that does not say
     * anything takes effect or starts: "agreed on Thursday to cut the fentanyl tariff" does not say
     * when the cut takes effect, so it does not answer a question {@link #asksOnset} asks.
     */
    static boolean newsDayOnly(String span, String sentence, SentenceReading r, java.time.LocalDate published) {
        if (saysOnset(sentence)) {
            return false;
        }
        for (DateMention d : r.dates()) {
            java.time.LocalDate day = d.precision() == DateMention.Precision.DAY && d.from() != null ? Replies.daySaid(span, d) : null;
            if (day != null && !day.isAfter(published) && !day.isBefore(published.minusDays(NEWS_DAYS))) {
                return true;
            }
        }
        return false;
    }

    /** "if the U.S. increase took effect", "unless the cut takes effect": words of a start that say nothing starts. */
    private static final Pattern CONDITION_BEFORE = Pattern.compile("(?i)\\b(?:if|unless|whether)\\b[^,;]*$");

    /** Whether the sentence says something takes effect or starts, other than on a condition. */
    private static boolean saysOnset(String sentence) {
        Matcher m = SAYS_ONSET.matcher(sentence);
        while (m.find()) {
            if (!CONDITION_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 60), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    static Span date(Question q, String sentence, SentenceReading r, double[] at, Focus focus) {
        String asked = Text.fold(q.corrected());
        boolean start = ASKS_START.matcher(asked).find();
        boolean end = !start && ASKS_END.matcher(asked).find();
        boolean byWhen = ASKS_DEADLINE.matcher(asked).find();
        boolean effect = ASKS_EFFECT.matcher(asked).find();
        boolean meeting = !byWhen && ASKS_MEETING.matcher(asked).find();
        java.time.Month month = askedMonth(q);
        boolean day = ASKS_DAY.matcher(asked).find();
        boolean days = ASKS_DAYS.matcher(asked).find();
        boolean looksBack = LOOKS_BACK.matcher(asked).find();
        boolean asksNow = ASKS_NOW.matcher(asked).find();
        boolean asksFormer = !asksNow && ASKS_FORMER.matcher(asked).find();
        boolean replaced = (asksNow || asksFormer) && REPLACED.matcher(sentence).find();
        boolean asksSaying = ASKS_SAYING.matcher(asked).find();
        int number = NumberedRounds.asked(q);
        // per date, the number of the round it is told with, read once (only for a question of a numbered round)
        java.util.Map<DateMention, Integer> told = new java.util.IdentityHashMap<>();
        if (number != 0) {
            r.dates().forEach(d -> told.put(d, NumberedRounds.at(sentence, d.start(), d.end())));
        }
        boolean numberTold = told.containsValue(number);
        DateMention best = null;
        double bestFit = -1;
        for (DateMention d : r.dates()) {
            if (asked.contains(Text.fold(d.text()))) {
                continue; // the question already says it
            }
            if (day && d.precision() != DateMention.Precision.DAY) {
                continue; // "what day did the talks wrap up": not "before the truce expires in November"
            }
            if (month != null && d.from().getMonth() != month && d.to().getMonth() != month) {
                continue; // "what date in april": not a day in October
            }
            if (start && !asksSaying && SAID_ON.matcher(sentence.substring(Math.max(0, d.start() - 30), d.start())).find()
                    && !POSSESSIVE_AFTER.matcher(sentence.substring(d.end())).lookingAt()) { // "said Sunday's talks were productive" dates the talks
                // "when did the round start": not the day "officials said on Friday" what happened at it (but "Trump said
                // on Thursday that he had agreed …" may date a meeting: "what day did they meet")
                continue;
            }
            if (start && r.dates().size() > 1 && DATELINE_BEFORE.matcher(sentence.substring(0, d.start())).matches()) {
                continue; // nor the day of the report: "MUMBAI, March 5 (Wire) — … after two days of talks"
            }
            if (focus != null && ofLaterEvent(sentence, d, focus)) {
                continue; // "a deadline of Dec. 15 to settle … before the tariff cut takes effect" is not when it takes effect
            }
            String lead = sentence.substring(Math.max(0, d.start() - 60), d.start());
            boolean otherEnd = (start && ENDED_BEFORE.matcher(lead).find()) || (end && STARTED_BEFORE.matcher(lead).find())
                    || (!looksBack && !start && SINCE_BEFORE.matcher(lead).find()); // "his first visit since November 2017" is not when he visits
            boolean deadline = byWhen && (DEADLINE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 24), d.start())).find()
                    || MOVED_TO.matcher(sentence.substring(Math.max(0, d.start() - 60), d.start())).find());
            if (numberTold && told.get(d) != number) {
                continue; // "when was the first round": not the second's days, where the sentence tells of both
            }
            double fit = Spans.fitOf(at, r.clauseAt(d.start()))
                    + (deadline ? DEADLINE_WEIGHT : 0) // "by when do they want the deal done": "ready by November", not "today"
                    + (!otherEnd && focus != null && focus.saysAnyOf(wordsAround(sentence, r, d)) ? SAID_BEFORE_WEIGHT : 0)
                    + (!otherEnd && placeRightBefore(q, sentence, r, d) ? SAID_BEFORE_WEIGHT : 0)
                    + (d.precision() == DateMention.Precision.DAY ? 0.1
                            : d.precision() == DateMention.Precision.MONTH || d.precision() == DateMention.Precision.WEEK ? 0.05 : -YEAR_ONLY)
                    + ((start || end) && d.precision() == DateMention.Precision.DAY && !d.from().equals(d.to()) ? 0.3 : 0) // "held from Tuesday to Thursday", not "this year"
                    - (otherEnd ? 0.5 : 0) // "when did the talks start?": not the day they "ended ... on Tuesday"
                    - (meeting && DEADLINE_NAMED.matcher(lead).find() ? 0.3 : 0) // "when do they meet": not "a deadline of May 28"
                    // "on October 28, less than two weeks before the deadline": a day set by the deadline, not the deadline
                    - (byWhen && SHORT_OF_DEADLINE.matcher(sentence.substring(d.end(), Math.min(sentence.length(), d.end() + 60))).find() ? 0.5 : 0)
                    // "pushing its expiry from March 14 to July 12": not the day in force, unless the question asks the one replaced
                    + (byWhen && MOVED_FROM.matcher(lead).find() && THEN_TO.matcher(sentence.substring(d.end())).lookingAt() ? (asksFormer ? 0.3 : -0.5) : 0)
                    + (effect && EFFECT_BEFORE.matcher(lead).find() ? 0.3 : 0) // "when does the cut take effect": "starting Feb. 1", not the day it was agreed
                    + (replaced && SUPERSEDED_BEFORE.matcher(lead).find() ? (asksNow ? -1.0 : asksFormer ? 0.3 : 0) : 0);
            if (fit > bestFit) {
                best = d;
                bestFit = fit;
            }
        }
        if (best != null && best.precision() == DateMention.Precision.MONTH) {
            int clause = r.clauseAt(best.start());
            for (DateMention d : r.dates()) {
                if (d.precision() == DateMention.Precision.DAY && !d.from().isBefore(best.from()) && !d.to().isAfter(best.to())
                        && Math.abs(r.clauseAt(d.start()) - clause) <= 1 && !asked.contains(Text.fold(d.text()))) {
                    best = d; // "in Washington next month, with a session set for Feb. 12": the day within that month
                    break;
                }
            }
        }
        Matcher clock = ASKS_TIME.matcher(asked).find() ? CLOCK.matcher(sentence) : null;
        if (clock != null) {
            if (!clock.find()) {
                return null; // "what time": a sentence without a clock time does not say
            }
            // "what time was the truce to lapse": "12:01am, Tuesday 12 August 2025" — the day the clock time is on
            DateMention on = null;
            for (DateMention d : r.dates()) {
                if (on == null || gap(d, clock) < gap(on, clock)) {
                    on = d;
                }
            }
            String time = clock.group().strip();
            return new Span(on == null ? time : time + ", " + Replies.date(on), Math.max(0, Math.min(1, bestFit)), clock.start());
        }
        if (best == null) {
            return day ? null : within(sentence, r, at, start);
        }
        if (days && best.from().equals(best.to())) {
            // "what days did the talks take place": one day does not say, two of one clause do
            for (DateMention d : r.dates()) {
                if (d != best && d.precision() == DateMention.Precision.DAY && r.clauseAt(d.start()) == r.clauseAt(best.start())
                        && !d.from().equals(best.from())) {
                    DateMention first = d.from().isBefore(best.from()) ? d : best;
                    DateMention second = first == d ? best : d;
                    return new Span(Replies.date(first) + " and " + Replies.date(second), Math.min(1, bestFit), first.start());
                }
            }
            return null;
        }
        if (best.precision() == DateMention.Precision.DAY && !best.from().equals(best.to()) && (start || end)) {
            // "when did the talks start?" of "on Monday and Tuesday": the first day
            return new Span(Replies.day(best, start ? best.from() : best.to()), Math.min(1, bestFit), best.start());
        }
        double yearOnly = best.precision() == DateMention.Precision.YEAR ? 0.5 : 1; // "this year" barely dates anything
        return new Span(Replies.date(best), Math.min(1, bestFit) * yearOnly, best.start());
    }

    /** How often something happens: "every two weeks", "monthly", "twice a year", "once a quarter". */
    private static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(?:every|each)\\s+(?:other\\s+|single\\s+)?(?:[a-z0-9]+\\s+)?"
            + "(?:day|days|week|weeks|fortnight|month|months|quarter|quarters|year|years)\\b"
            + "|\\b(?:daily|weekly|fortnightly|biweekly|bi-weekly|monthly|bimonthly|quarterly|annually|yearly)\\b"
            + "|\\b(?:once|twice|[a-z]+ times)\\s+(?:a|per|each|every)\\s+(?:day|week|fortnight|month|quarter|year)\\b");

    /** The frequency the clause that best holds the question says. */
    static Span frequency(String sentence, SentenceReading r, double[] at) {
        Matcher m = FREQUENCY.matcher(sentence);
        Span best = null;
        while (m.find()) {
            double fit = Spans.fitOf(at, r.clauseAt(m.start()));
            if (best == null || fit > best.fit()) {
                best = new Span(m.group(), Math.min(1, fit), m.start());
            }
        }
        return best;
    }
}
