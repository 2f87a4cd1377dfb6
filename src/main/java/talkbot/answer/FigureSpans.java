package talkbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.AnswerType;
import talkbot.intent.Intent;
import talkbot.intent.Question;
import talkbot.intent.QuestionShape;
import talkbot.reading.Clauses;
import talkbot.reading.Figure;
import talkbot.reading.Name;
import talkbot.reading.Units;

/** The figure a sentence answers with: of the thing the question measures, with its unit, the end of a change it asks for. */
final class FigureSpans {
    private FigureSpans() {}

    /** Who a report's unnamed sources are: "people", "officials". */
    private static final String SOURCE_NOUN = "(?:people|persons|officials|sources|diplomats|executives|insiders)";
    /** After the count of a report's unnamed sources: "two people familiar with the discussions", "officials who spoke on condition …". */
    private static final Pattern SOURCED = Pattern.compile("(?i)\\s+(?:familiar\\s+with|briefed\\s+on|close\\s+to|with\\s+(?:direct\\s+)?knowledge"
            + "|who\\s+(?:spoke\\s+(?:on\\s+condition|anonymously)|asked\\s+not|declined\\s+to\\s+be|requested\\s+anonymity|were\\s+not\\s+authori[sz]ed))\\b");
    /** The sources' noun after their count, maybe after a word for whose they are: " people", " Chinese officials". */
    private static final Pattern SOURCE_NOUN_AFTER = Pattern.compile("(?i)\\s+(?:\\p{Lu}[\\p{L}.]*\\s+)?" + SOURCE_NOUN + "\\b");
    private static final Pattern SOURCE_NOUN_END = Pattern.compile("(?i)\\b" + SOURCE_NOUN + "$");

    /** Whether the figure counts a report's unnamed sources: "according to two people familiar with the discussions". */
    private static boolean countsSources(String sentence, Figure f) {
        String after = sentence.substring(f.end());
        if (SOURCE_NOUN_END.matcher(f.text()).find()) {
            return SOURCED.matcher(after).lookingAt();
        }
        Matcher noun = SOURCE_NOUN_AFTER.matcher(after);
        return noun.lookingAt() && SOURCED.matcher(after.substring(noun.end())).lookingAt();
    }

    /** A number with a decimal fraction, which counts no whole things. */
    private static final Pattern FRACTIONAL = Pattern.compile("\\d\\.\\d");

    /** A number joined to a unit of its own: "679-metre", "1:01". */
    private static final Pattern OTHER_UNIT_AFTER = Pattern.compile("(?:-\\p{L}|:\\d)");

    /** What grows or shrinks in percentage points: "how much could the cut add to growth". */
    private static final Pattern ECONOMY = Pattern.compile("\\b(?:growth|gdp|economy|economic|inflation|output|unemployment|percentage points?)\\b");

    static Span figure(Question q, String sentence, SentenceReading r, double[] at, Focus focus) {
        return figure(q, sentence, r, at, focus, null);
    }

    /** The same, but never the figure {@code except} (the one a first question already took: "… and to what total"). */
    static Span figure(Question q, String sentence, SentenceReading r, double[] at, Focus focus, String except) {
        QuestionShape shape = q.shape();
        String asked = Text.fold(q.corrected());
        Figure best = null;
        double bestScore = -1;
        // "how much lng": only a figure followed by what it measures answers ("25 million tonnes of soybeans" does not)
        boolean mustMeasure = q.intent() == Intent.HOW_MUCH && q.focusTerm() != null;
        String head = measuredHead(asked);
        String object = taxedObject(asked);
        boolean asksMove = ASKS_MOVE.matcher(asked).find();
        boolean asksDemand = Demands.asked(asked);
        boolean partAsked = PART_ASKED.matcher(asked).find();
        boolean asksCurrent = ASKS_CURRENT.matcher(asked).find();
        boolean asksDone = Pledges.asksDone(asked);
        int sideAsked = quotaSide(asked);
        Pattern timeAsked = timeAsked(asked);
        AskedParty party = askedParty(q, asked); // read once, not for each figure
        Figure timed = null; // the best of the figures said with the time asked, which answer before any other
        double timedScore = -1;
        if (asksDemand && !Demands.said(sentence)) {
            return null; // "how much was brussels asking for": what a side wanted, not what was agreed
        }
        if (object != null && !saysStem(sentence, object) && !focus.saysWord(object, sentence) && !namesOtherwise(q, object, r)) {
            return null; // "the tariff on steel" is not any tariff of a sentence that never says steel
        }
        boolean nowAsked = asksCurrent && shape.direction() != QuestionShape.Direction.FROM && shape.direction() != QuestionShape.Direction.BOTH
                && !OFFERED_CHANGE.matcher(sentence).find();
        for (Figure f : r.figures()) {
            if (nowAsked && f.role() != Figure.Role.TO
                    && (f.role() == Figure.Role.FROM || NO_LONGER.matcher(sentence.substring(Math.max(0, f.start() - 40), f.start())).find())) {
                continue; // "japan's investment pledge now": not "up from the $95 billion it promised last year"
            }
            boolean demanded = Demands.leads(sentence, f.start());
            if (mustMeasure && !measuresAsked(q, asked, sentence, r, f) && !(asksDemand && demanded)) {
                // what "Brussels had pushed for 4.4 million tonnes" measures, the sentence before it says
                continue;
            }
            if (mustMeasure && shape.unit() == null && "percent".equals(f.unit()) && shape.direction() != QuestionShape.Direction.CHANGE) {
                continue; // "how much beef did they sell": an amount of beef, not the "10% duty on beef"
            }
            if (f.text().equals(except)) {
                continue;
            }
            if (countsSources(sentence, f)) {
                continue; // "how many people were on the us delegation": not "according to two people familiar with the discussions"
            }
            String digits = f.text().replaceAll("^\\D+", ""); // "an additional 30%" is asked as "30%"
            if (asked.contains(Text.fold(f.text())) || (!digits.isEmpty() && asked.contains(Text.fold(digits)))) {
                continue; // the question already says it
            }
            String unit = shape.type() == AnswerType.DURATION ? "time" : shape.unit();
            // "how many soybeans": a thing counted as a quantity of it, "25 million metric tons of U.S. soybeans"
            boolean quantityOf = unit != null && f.unit() != null && !Units.isMeasure(unit) && Units.isMeasure(Units.normal(f.unit()))
                    && !PEOPLE.contains(unit) && tailSays(sentence, r, f, unit);
            if (!quantityOf && !Units.fits(unit, f.unit()) || (unit == null && "time".equals(f.unit()))) {
                continue; // a figure question in no unit is not answered by a span of time ("a ten-year high")
            }
            if (f.unit() == null && unit != null && !Units.isMeasure(unit) && !"percent".equals(unit) && !"money".equals(unit)
                    && FRACTIONAL.matcher(f.text()).find()) {
                continue; // "how many officials": whole ones, not the 7.06 of "the yuan firmed to 7.06 per dollar"
            }
            if (f.unit() == null && unit != null && (Units.isMeasure(unit) || PEOPLE.contains(unit)) && countsOther(asked, unit, sentence, f)) {
                continue; // "how many tonnes of rare earths": not the 1,184 of "1,184 export licences"
            }
            if ("percent".equals(unit) && Units.POINTS_OF_PERCENT.equals(f.unit()) && !ECONOMY.matcher(asked).find()) {
                continue; // "what is the tariff now": a rate, not "raised by 10 percentage points"
            }
            if (f.unit() == null && unit != null && !unit.equals("count") && OTHER_UNIT_AFTER.matcher(sentence.substring(f.end())).lookingAt()
                    && !tailSays(sentence, r, f, unit)) {
                continue; // "how many floors": not the "679" of "the 679-metre skyscraper", nor the "1" of "1:01 p.m."
            }
            if (shape.direction() == QuestionShape.Direction.BOTH && partner(r, f) == null) {
                continue; // "from what to what": only a figure with the other end of its change can answer
            }
            int clause = r.clauseAt(f.start());
            String clauseText = sentence.substring(r.clauses().get(clause).start(), r.clauses().get(clause).end());
            double score = Spans.fitOf(at, clause) + SUBJECT_FIRST * whose(party, r, clause, sentence, f);
            if (shape.direction() == QuestionShape.Direction.CHANGE) {
                score += f.role() == Figure.Role.NONE ? 0.1 : -0.2; // "how much did exports drop": by how much, not to what (an end of it)
            } else if (shape.direction() == QuestionShape.Direction.BOTH) {
                score += pairedInClause(r, f, clause) ? 0.2 : 0; // "from what to what": a change with both ends
            } else if (pairedInClause(r, f, clause)) {
                // "from 145% to 30%": the question's wording says which end; what is charged now, when the change is only
                // offered ("India offered to cut its 40% duty … to between 20 and 25 percent"), is the end it starts from
                boolean offeredOnly = asksCurrent && OFFERED_CHANGE.matcher(clauseText).find();
                if (shape.direction() == QuestionShape.Direction.FROM || offeredOnly) {
                    score += f.role() == Figure.Role.FROM ? 0.2 : -0.2;
                } else {
                    score += f.role() == Figure.Role.TO ? 0.1 : -0.1;
                }
            }
            if ((shape.direction() == QuestionShape.Direction.TO || shape.direction() == QuestionShape.Direction.FROM) && f.role() == Figure.Role.NONE
                    && !"move".equals(shape.unit()) && !asksMove
                    && CHANGE_AMOUNT_BEFORE.matcher(sentence.substring(Math.max(0, f.start() - 30), f.start())).find()) {
                score -= 0.2; // "the new quota": a level, not how far something "had fallen 38%"
            }
            score += f.unit() == null ? -0.05 : 0; // a bare number is the weakest figure
            if (demanded) {
                // "Washington had pushed for 40,000 tonnes": what a side asked for, not what was agreed
                score += asksDemand ? Demands.ASKED : -Demands.ASKED;
            }
            if (asksDone && Pledges.leads(sentence, r, f)) {
                score -= Pledges.WEIGHT; // "how much has china bought so far": not its "pledge … to buy 25 million tonnes"
            }
            if (sideAsked != 0) {
                // "what rate applies to steel over the quota limit": "volumes above the ceiling will still pay 50%", not "within the limit … 10%"
                int said = quotaSide(clauseText);
                if (said == -sideAsked) {
                    continue;
                }
                score += said == sideAsked ? QUOTA_SIDE : 0;
            }
            if (partAsked) {
                score += partOf(sentence, r, f, true) ? PART : partOf(sentence, r, f, false) ? -PART : 0; // "12 of the 17 rare earths"
            }
            score -= describesOther(asked, sentence, f) ? OTHER_NOUN : 0;
            score += measuresAsked(q, asked, sentence, r, f) ? OWN_WORDS : 0;
            score += head != null && tailSays(sentence, r, f, head) ? OWN_WORDS : 0; // "share of rare earth processing": 90% of processing
            String lead = lead(sentence, r, f, clause);
            score += LEAD * focus.textFit(lead, false); // "how much did the nasdaq drop": "the Nasdaq Composite dropped 3.6%"
            // "go back to what": "would snap back to 34%"; not the clause's opening words, which its figures share ("Norway lands about 40% …")
            String near = nearWords(lead);
            score += near != null && focus.textFit(near, false) > 0 ? NEAR : 0;
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
            if (timeAsked != null && score > timedScore && timeSaid(timeAsked, sentence, r, f)) {
                timed = f; // "how much soy did china buy last yr": "up from about 11 million tonnes last year", not the 25 million "a year in 2029"
                timedScore = score;
            }
        }
        if (timed != null) {
            best = timed;
            bestScore = timedScore;
        }
        if (best == null) {
            return null;
        }
        // a promise is at best half an answer to what was done: "pledged to buy 2 million tonnes"
        double discount = asksDone && Pledges.leads(sentence, r, best) ? Pledges.DISCOUNT : 1;
        // "what happens to us tariffs if the truce lapses": a change with both ends says what happens, one figure still answers
        Figure partner = shape.direction() == QuestionShape.Direction.BOTH || shape.asksConsequence() ? partner(r, best) : null;
        if (shape.direction() == QuestionShape.Direction.BOTH && partner == null) {
            return null; // "from what to what" is answered by a change with both ends, not by one figure
        }
        if (partner != null) {
            Figure from = best.role() == Figure.Role.FROM ? best : partner;
            Figure to = from == best ? partner : best;
            return new Span("from " + from.text() + " to " + to.text(), Math.max(0, Math.min(1, bestScore)) * discount);
        }
        if (shape.direction() == QuestionShape.Direction.FROM && best.role() == Figure.Role.NONE
                && !FORMER_BEFORE.matcher(sentence.substring(Math.max(0, best.start() - 40), best.start())).find()
                && !(asksDemand && Demands.leads(sentence, best.start()))) { // "originally asked for": "had initially pushed for 85%"
            return null; // "what was the car tariff before they cut it": not "the lower car tariff could add about 0.3%"
        }
        Figure level = best.role() == Figure.Role.NONE
                && CHANGE_AMOUNT_BEFORE.matcher(sentence.substring(Math.max(0, best.start() - 30), best.start())).find()
                ? levelAfter(sentence, r, best) : null; // not "shipped 6,000 tonnes to 12 countries"
        if (level != null) {
            // "how did soybean futures react": "0.9% to $10.46", how far they moved and where to; "cut by 30% to 50%": the range
            return new Span(best.text() + " to " + level.text(), Math.max(0, Math.min(1, bestScore)) * discount);
        }
        return new Span(best.text(), Math.max(0, Math.min(1, bestScore)) * discount);
    }

    private static final Pattern TO_BETWEEN = Pattern.compile("\\s+to\\s+");

    /** The level a move ends at, written right after it: the "$10.46" of "rose 0.9% to $10.46 a bushel". */
    private static Figure levelAfter(String sentence, SentenceReading r, Figure move) {
        for (Figure f : r.figures()) {
            if (f.role() == Figure.Role.TO && f.start() > move.end()
                    && TO_BETWEEN.matcher(sentence.substring(move.end(), f.start())).matches()) {
                return f;
            }
        }
        return null;
    }

    /**
     * Words that put a figure before a change, or before the time asked, though it is no "from" end
     * of one: "had been 25%", "previously stood at 25%", "Trump's threatened additional tariff of 100%".
     */
    private static final Pattern FORMER_BEFORE = Pattern.compile(
            "(?i)\\b(?:had been|was|were|previously|formerly|originally|initially|at first|stood at|used to be|before|prior|pre-\\w+|until|threat\\w*"
                    + "|(?:lower|higher|less|more|below|above) than)(?:\\s+[\\w$'’-]+){0,3}\\s+$");

    /** Words that make the figure after them a level that no longer holds: "up from the $95 billion", "had been 25%". */
    private static final Pattern NO_LONGER = Pattern.compile(
            "(?i)\\b(?:(?:up|down|higher|lower|rising|falling|rose|fell)\\s+from|had been|previously|formerly|used to be)"
                    + "(?:\\s+(?:the|a|an|its|their|his|her|about|around|roughly|nearly|some|just))*\\s+$");

    /** A question of how far something moved, which the size of a change answers. */
    private static final Pattern ASKS_MOVE = Pattern.compile("\\b(?:by how much|how far|go(?:ne|es)? (?:up|down)|went (?:up|down)|drop|dropped|drops|fall|fell"
            + "|falls|rise|rose|rises|decline|declined|increase|increased|grow|grew|jump|jumped|move|moved|react|reacted|change|changed)\\b");
    /** Words that make the figure after them the size of a change rather than a level: "fell 38%", "up by 4%". */
    private static final Pattern CHANGE_AMOUNT_BEFORE = Pattern.compile(
            "(?i)\\b(?:fell|fallen|falls|rose|risen|rises|dropped|drops|jumped|jumps|climbed|climbs|grew|grown|grows|declined|declines"
                    + "|slid|slipped|surged|soared|plunged|gained|lost|increased|decreased|firmed|strengthened|weakened|advanced|rallied"
                    + "|tumbled|edged up|edged down|edged higher|edged lower|up|down|by)(?:\\s+(?:about|almost|nearly|roughly|some|around|more than|over|just))?\\s+$");

    /**
     * Whether the sentence tells how much a market or a currency moved: "The offshore yuan firmed 0.3% to 7.02", "shares
     * fell 4%" (not "Canadian exports fell 4%", nor "cut tariffs by 10%").
     */
    static boolean tellsMove(String sentence, talkbot.index.SentenceReading r) {
        for (Figure f : r.figures()) {
            if ("time".equals(f.unit()) || !CHANGE_AMOUNT_BEFORE.matcher(sentence.substring(Math.max(0, f.start() - 30), f.start())).find()) {
                continue;
            }
            var clause = r.clauses().get(r.clauseAt(f.start()));
            if (MARKET.matcher(sentence.substring(clause.start(), f.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A market or a currency, said before its move: "The offshore yuan firmed". */
    private static final Pattern MARKET = Pattern.compile("(?i)\\b" + talkbot.lexicon.MarketWords.alternation() + "\\b");

    /** Whether {@code x} only says how often {@code f} holds: the "a year" of "from 7,000 tonnes a year to 9,500 tonnes". */
    private static boolean howOften(Figure x, Figure f) {
        return "time".equals(x.unit()) && x.role() == Figure.Role.NONE && !"time".equals(f.unit());
    }

    /** The other end of the change a figure is one end of, in its clause: the "to" next to a "from", the "from" next to a "to". */
    private static Figure partner(SentenceReading r, Figure f) {
        // "to 420,000 tonnes a year from about 345,000 tonnes": "a year" says how often, it is no end of the change
        List<Figure> all = r.figures().stream().filter(x -> x == f || !howOften(x, f)).toList();
        int i = all.indexOf(f);
        int clause = r.clauseAt(f.start());
        if (f.role() == Figure.Role.FROM && i + 1 < all.size() && all.get(i + 1).role() == Figure.Role.TO
                && r.clauseAt(all.get(i + 1).start()) == clause) {
            return all.get(i + 1);
        }
        if (f.role() == Figure.Role.TO && i > 0 && all.get(i - 1).role() == Figure.Role.FROM && r.clauseAt(all.get(i - 1).start()) == clause) {
            return all.get(i - 1);
        }
        // written the other way round: "lowers the tariff to 15% from 39%"
        if (f.role() == Figure.Role.TO && i + 1 < all.size() && all.get(i + 1).role() == Figure.Role.FROM
                && r.clauseAt(all.get(i + 1).start()) == clause) {
            return all.get(i + 1);
        }
        if (f.role() == Figure.Role.FROM && i > 0 && all.get(i - 1).role() == Figure.Role.TO && r.clauseAt(all.get(i - 1).start()) == clause) {
            return all.get(i - 1);
        }
        return null;
    }

    /** A span of time written as an adjective of a noun the question doesn't say loses this much: "the one-year truce" for "how long did the round go on". */
    private static final double OTHER_NOUN = 0.3;

    private static final Pattern ADJECTIVE_SPAN = Pattern.compile("(?i).*\\w-(?:day|week|month|year|hour|minute)$");

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z]{3,})");

    /** {@code asked}: the question, folded. */
    private static boolean describesOther(String asked, String sentence, Figure f) {
        if (!ADJECTIVE_SPAN.matcher(f.text()).matches()) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(sentence.substring(f.end()));
        if (!next.lookingAt()) {
            return false;
        }
        return !saysStem(asked, next.group(1));
    }

    /** Words between a number and its measure: "12 metric tons", "40 cubic metres". */
    private static final Set<String> MEASURE_QUALIFIERS = Set.of("metric", "short", "long", "cubic", "square");

    /** Nouns that count people: "how many officials" is not answered by "120 Boeing jets", "how many people" is by "2,000 farmers". */
    private static final Set<String> PEOPLE = Set.of("person", "official", "member", "worker", "delegate", "employee", "protester",
            "demonstrator", "farmer", "journalist", "executive", "negotiator", "resident", "student", "diplomat", "minister", "staff");

    /** A bare number that counts things the question does not say ("1,184 export licences", "120 Boeing jets"). */
    private static boolean countsOther(String asked, String unit, String sentence, Figure f) {
        Matcher next = NEXT_TWO_WORDS.matcher(sentence.substring(f.end()));
        if (!next.lookingAt() || MEASURE_QUALIFIERS.contains(next.group(1))) {
            return false;
        }
        // the thing counted is the first plural of the two words: "licences" of "1,184 export licences"
        boolean named = Character.isUpperCase(next.group(1).charAt(0)); // "120 Boeing jets": the jets are counted
        String counted = next.group(2) != null && (named || !Spans.plural(next.group(1)) && Spans.plural(next.group(2))) ? next.group(2)
                : next.group(1);
        if (Character.isUpperCase(counted.charAt(0))) {
            return false; // a name alone after the number counts nothing by itself
        }
        // a plural noun says what is counted; "5,800 last month" counts nothing else
        // "how many people": "2,000 farmers" are people too
        return Spans.plural(counted) && !saysStem(asked, counted) && !Units.isMeasure(Units.normal(counted))
                && !("person".equals(unit) && PEOPLE.contains(Units.normal(counted)));
    }

    private static final Pattern NEXT_TWO_WORDS = Pattern.compile("\\s+([a-z]{3,}|[A-Z][a-z]{2,})(?:\\s+([a-z]{3,}))?"); // "120 Boeing jets"

    /** A time a question pins its figure to: "last year", "last yr", "this month", "in 2024". */
    private static final Pattern TIME_ASKED = Pattern.compile("\\b(?:(?:last|this|next|previous|past)\\s+(?:year|yr|month|week|quarter)|in\\s+(?:19|20)\\d\\d)\\b");
    /** Words before a time that make it no time of the figure asked: "since last year", "than last year", "the deal agreed in 2025". */
    private static final Pattern TIME_OF_OTHER = Pattern.compile("\\b(?:since|than|compared with|compared to|before|after|from|agreed|signed|struck|reached)\\s+$");
    private static final Pattern YR = Pattern.compile("\\byr\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The time the question pins its figure to, as a pattern over folded text ("last year" for "last yr"), or null. */
    private static Pattern timeAsked(String asked) {
        Matcher m = TIME_ASKED.matcher(asked);
        while (m.find()) {
            boolean other = TIME_OF_OTHER.matcher(asked.substring(0, m.start())).find() || asked.startsWith("'s", m.end());
            if (!other) {
                String time = SPACES.matcher(YR.matcher(m.group()).replaceAll("year")).replaceAll(" ");
                return Pattern.compile("\\b" + Pattern.quote(time) + "\\b");
            }
        }
        return null;
    }

    /**
     * Whether the stretch of its clause that is a figure's own — from the figure before it in the
     * clause to the one after — says the time asked: in "400,000 tonnes this year against 250,000
     * tonnes last year", "last year" is the second figure's.
     */
    private static boolean timeSaid(Pattern time, String sentence, SentenceReading r, Figure f) {
        Clauses.Clause c = r.clauses().get(r.clauseAt(f.start()));
        int from = c.start();
        int to = c.end();
        for (Figure other : r.figures()) {
            if (other != f && other.start() >= c.start() && other.end() <= c.end()) {
                if (other.end() <= f.start()) {
                    from = Math.max(from, other.end());
                } else if (other.start() >= f.end()) {
                    to = Math.min(to, other.start());
                }
            }
        }
        return time.matcher(SPACES.matcher(Text.fold(sentence.substring(from, to))).replaceAll(" ")).find();
    }

    /** A figure led by the words the question asks about (not the names it says) gains this much, times the share they hold. */
    private static final double LEAD = 0.15;
    /** For a question's word among the few right before the figure: "would snap back to 34%" for "what rate do the tariffs go back to". */
    private static final double NEAR = 0.1;
    private static final int NEAR_WORDS = 3;

    /** The last {@link #NEAR_WORDS} words of a figure's lead, or null when the lead is no longer than that. */
    private static String nearWords(String lead) {
        String[] words = lead.strip().split("\\s+");
        return words.length <= NEAR_WORDS ? null : String.join(" ", java.util.Arrays.copyOfRange(words, words.length - NEAR_WORDS, words.length));
    }

    /**
     * The words that lead up to a figure: from the previous figure of its clause (or the clause's
     * start) to it — "and the Nasdaq Composite dropped" for "3.6%" in "The S&P 500 fell 2.7% and the
     * Nasdaq Composite dropped 3.6%". The second end of a change ("from 40% to 15%") shares the
     * words of the first.
     */
    private static String lead(String sentence, SentenceReading r, Figure f, int clause) {
        int from = r.clauses().get(clause).start();
        Figure previous = previousFigure(r, f, from);
        if (previous != null && f.role() == Figure.Role.TO && previous.role() == Figure.Role.FROM) {
            previous = previousFigure(r, previous, from);
        }
        if (previous == null) {
            return sentence.substring(from, f.start());
        }
        String between = sentence.substring(previous.end(), f.start());
        Matcher turn = TURN.matcher(between);
        int start = 0;
        while (turn.find()) {
            start = turn.end(); // "30% on Chinese goods and China charges 10%": what leads to 10% is "China charges"
        }
        if (start > 0 && between.substring(start).isBlank() && java.util.Objects.equals(previous.unit(), f.unit())) {
            // "quotas of 500 tonnes of U.S. beef and 1,000 tonnes of poultry": a row of figures shares the words before its first
            return lead(sentence, r, previous, clause);
        }
        return between.substring(start);
    }

    /** The last figure that ends before {@code f} starts and starts at or after {@code from}, or null. */
    private static Figure previousFigure(SentenceReading r, Figure f, int from) {
        Figure previous = null;
        for (Figure other : r.figures()) {
            if (other.end() <= f.start() && other.start() >= from && !howOften(other, f) && (previous == null || other.start() > previous.start())) {
                previous = other; // not the "a year" of "from 7,000 tonnes a year to 9,500 tonnes", which says how often
            }
        }
        return previous;
    }

    /** Where a sentence turns from one figure's subject to the next one's. */
    private static final Pattern TURN = Pattern.compile("(?i)\\b(?:and|while|but|whereas)\\b");

    /** The words that may stand between "on" and what is taxed: "eu", "south african", "made". */
    private static final String TAXED_QUALIFIERS = "(?:(?:eu|us|uk|u\\.s\\.|u\\.k\\.|e\\.u\\.|south|north|new|east|west)\\s+)?(?:[a-z]+(?:an|ese|ish|ch|i)\\s+)?"
            + "(?:(?:made|built|produced|manufactured|assembled|grown)\\s+)?"; // "on south african made cars": cars

    /** "the tariff on (chinese) steel": what a rate is charged on. */
    private static final Pattern TAXED = Pattern.compile(
            "\\b(?:tariffs?|levy|levies|duty|duties|fees?|charges?)\\s+(?:rate\\s+)?on\\s+(?:(?:the|those|these|this|that|its|their|all)\\s+)?(?:[a-z]+(?:-[a-z]+)+\\s+)?"
                    + TAXED_QUALIFIERS // "on eu cars", "on south african wine"
                    + "(?!(?:before|after|since|until|till|when|from|that|this|which|while|because|during|following|amid|once|unless)\\b)([a-z]{4,})\\b(?!-)");

    /** What nearly every rate is on: a sentence need not say it. */
    private static final Set<String> ANY_GOODS = Set.of("goods", "imports", "exports", "products", "items", "shipments", "trade",
            "china", "chinese", "america", "american", "americans", "each", "both", "them", "their", "other", "foreign", "most", "all");

    /** "what tariff do uk cars face", "what tariff does norway put on us cars": what a rate is charged on, said another way. */
    private static final Pattern TAXED_OTHERWISE = Pattern.compile(
            "\\b(?:tariffs?|levy|levies|duty|duties|rate)\\s+(?:do|does|did|will|would|can)\\s+(?:"
                    + "(?:the\\s+)?" + TAXED_QUALIFIERS + "([a-z]{4,})\\s+(?:face|get|attract)" // not "pay": "what tariff do consumers pay"
                    + "|(?:the\\s+)?[a-z.]+\\s+(?:put|impose|charge|levy|slap|place)\\s+on\\s+" + TAXED_QUALIFIERS + "([a-z]{4,}))\\b");

    private static String taxedObject(String asked) {
        Matcher m = TAXED.matcher(asked);
        String object = m.find() ? m.group(1) : null;
        if (object == null) {
            Matcher otherwise = TAXED_OTHERWISE.matcher(asked);
            object = otherwise.find() ? (otherwise.group(1) != null ? otherwise.group(1) : otherwise.group(2)) : null;
        }
        return object == null || ANY_GOODS.contains(object) ? null : object;
    }

    /** Whether the taxed object is a party the question names, and the sentence names it by another of its names ("Turkish steel"). */
    private static boolean namesOtherwise(Question q, String object, SentenceReading r) {
        for (talkbot.corpus.Entity e : q.entities()) {
            if (e.names().stream().anyMatch(n -> Text.fold(n).equals(object)) && talkbot.intent.EntityMatcher.mentions(r.words(), e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysStem(String sentence, String word) {
        String stem = word.substring(0, Math.min(word.length(), STEM));
        return Pattern.compile("(?i)\\b" + Pattern.quote(stem)).matcher(sentence).find();
    }

    /** "what share of global rare earth processing does ...": the noun that ends what the share is of. */
    private static final Pattern SHARE_OF = Pattern.compile(
            "\\b(?:share|percentage|proportion|portion|part|percent|much|many)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?([a-z' -]+?)"
                    + "(?=\\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|in|on|at|for|by|after|before)\\b|\\s*[?.!]*$)");

    private static String measuredHead(String asked) {
        Matcher m = SHARE_OF.matcher(asked);
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).strip().split("\\s+");
        String last = words[words.length - 1];
        return last.length() >= 4 ? last : null;
    }

    /**
     * The words right after a figure, folded, up to the next figure (or, when {@code throughPartOf},
     * past one it is part of: "12 of the 17 rare earths"), comma or semicolon.
     */
    private static String tail(String sentence, SentenceReading r, Figure f, boolean throughPartOf) {
        int end = Math.min(sentence.length(), f.end() + OWN_WORDS_REACH);
        for (Figure other : r.figures()) {
            boolean partOf = throughPartOf && PART_OF.matcher(sentence.substring(f.end(), Math.max(f.end(), other.start()))).matches();
            if (other.start() >= f.end() && other.start() < end && !partOf) {
                end = other.start();
            }
        }
        return NEXT_SUBJECT.split(Text.fold(sentence.substring(f.end(), end)).split("[,;]", 2)[0], 2)[0];
    }

    private static final String LIMIT = "\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+|that\\s+)?(?:annual\\s+|yearly\\s+|duty-free\\s+)?(?:quotas?|limits?|ceilings?|caps?|thresholds?)\\b"
            + "(?!\\s+(?:deal|agreement|system|arrangement|scheme|rules?|regime|talks)\\b)"; // "under the quota deal" is no side of it
    private static final Pattern ABOVE_LIMIT = Pattern.compile("(?i)\\b(?:(?:over|above|beyond|exceeding|outside|in excess of)" + LIMIT
            + "|(?:out-of|over)-quota\\b)");
    private static final Pattern WITHIN_LIMIT = Pattern.compile("(?i)\\b(?:(?:within|under|below|inside|up to)" + LIMIT + "|in-quota\\b)");
    /** What a figure on the side of a limit the question asks gains (one on the other side does not answer). */
    private static final double QUOTA_SIDE = 0.3;

    /** Which side of a quota a text speaks of: 1 above it ("over the quota limit"), -1 within it, 0 neither or both. */
    private static int quotaSide(String text) {
        boolean above = ABOVE_LIMIT.matcher(text).find();
        boolean within = WITHIN_LIMIT.matcher(text).find();
        return above == within ? 0 : above ? 1 : -1;
    }

    /** A question about the rate in force: "current indian duty on big motorcycles?". */
    private static final Pattern ASKS_CURRENT = Pattern.compile("\\b(?:current|currently|now|existing|at the moment|right now|today)\\b");
    /** A change only offered, proposed or wanted, not made: its starting end is what holds now. */
    private static final Pattern OFFERED_CHANGE = Pattern.compile(
            "(?i)\\b(?:offered|offers|offering|proposed|proposes|proposing|wants|wanted|sought|seeks|would|could|plans|planned|asked|pushed)"
                    + "\\s+(?:\\w+\\s+)?to\\s+(?:cut|lower|reduce|raise|lift|halve|slash|trim|increase|scrap|remove)\\b");

    /** "how many of the rare earths does china control": the part ("12 of the 17 rare earths"), not the whole. */
    private static final Pattern PART_ASKED = Pattern.compile("\\bhow many (?:out )?of (?:the|its|their|these|those)\\b");
    /** What a part gains, and its whole loses, when a part is asked. */
    private static final double PART = 0.2;

    /**
     * Whether {@code f} is the part of a figure right after it ({@code part}: "12" of "12 of the 17
     * rare earths"), or else the whole of one right before it (the "17").
     */
    private static boolean partOf(String sentence, SentenceReading r, Figure f, boolean part) {
        for (Figure other : r.figures()) {
            Figure first = part ? f : other;
            Figure second = part ? other : f;
            if (other != f && first.end() <= second.start()
                    && PART_OF.matcher(sentence.substring(first.end(), second.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The words a figure says of what it counts: its own measure ("3.45 million tonnes" says tonne) and its tail. */
    private static String says(String sentence, SentenceReading r, Figure f, boolean throughPartOf) {
        return (f.unit() == null ? "" : f.unit()) + " " + tail(sentence, r, f, throughPartOf);
    }

    /** Where the words after a figure turn to another subject: "2.7% and the Nasdaq ...". */
    private static final Pattern NEXT_SUBJECT = Pattern.compile("\\b(?:and|while|but|whereas)\\s+(?:the|a|an|its|their|his|her)\\b");

    /** Whether the words right after a figure (up to the next figure, comma or semicolon) say {@code word}. */
    private static boolean tailSays(String sentence, SentenceReading r, Figure f, String word) {
        String tail = says(sentence, r, f, false);
        String stem = word.substring(0, Math.min(word.length(), STEM));
        for (String w : tail.split("[^a-z]+")) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A figure followed by what the question asks about: "roughly 90% of processing" for "what share of processing". */
    private static final double OWN_WORDS = 0.08;

    private static final int OWN_WORDS_REACH = 40;

    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+(?:out\\s+)?of\\s+(?:the\\s+)?");

    private static final int STEM = 5;

    /**
     * Whether the words right after a figure (up to the next figure, comma or semicolon) say what
     * the question asks about: a word of five letters or more of the question, not one of the names
     * it asks about, begins one of them.
     */
    private static boolean measuresAsked(Question q, String asked, String sentence, SentenceReading r, Figure f) {
        String focus = q.focusTerm();
        // with its own measure only for the thing measured: "how many tonnes" is asked of every weight alike
        String[] tailWords = (focus != null ? says(sentence, r, f, true) : tail(sentence, r, f, true)).split("[^a-z]+");
        if (focus != null && !q.nameTerms().contains(focus)) {
            // "how much sorghum": the thing measured itself, not another word of the question ("since", "bought")
            String root = focus.length() >= STEM ? focus.substring(0, STEM) : focus;
            for (String w : tailWords) {
                if (w.startsWith(root) || focus.length() >= 4 && (w.endsWith(focus) || w.endsWith(focus + "s"))) {
                    return true; // "soybeans" measures "beans" too
                }
            }
            return continuesClauseSaying(sentence, r, f, root) || measuredBefore(q, sentence, r, f, root)
                    || comparedWithMeasured(q, asked, sentence, r, f);
        }
        Set<String> tailStems = new HashSet<>();
        for (String w : tailWords) {
            if (w.length() >= STEM) {
                tailStems.add(w.substring(0, STEM));
            }
        }
        Set<String> names = new HashSet<>();
        for (String t : q.nameTerms()) {
            names.add(t.length() >= STEM ? t.substring(0, STEM) : t);
        }
        for (String w : asked.split("[^a-z]+")) {
            if (w.length() >= STEM && tailStems.contains(w.substring(0, STEM)) && !names.contains(w.substring(0, STEM))) {
                return true; // a name the whole sentence is about ("rare earths") tells no figure from another
            }
        }
        return false;
    }

    /**
     * Whether the figure is the clause's only one in the measure the question counts in, and the
     * clause says the thing measured before it: "its tariff on Mexican steel from 50% to 25% for up
     * to 3.2 million tonnes a year" counts tonnes of steel.
     */
    private static boolean measuredBefore(Question q, String sentence, SentenceReading r, Figure f, String root) {
        // "how much rice" counts in whatever measure the sentence weighs it in
        String unit = q.shape().unit() == null && f.unit() != null ? Units.normal(f.unit()) : q.shape().unit();
        if (!Units.isMeasure(unit) || f.unit() == null || !unit.equals(Units.normal(f.unit()))) {
            return false;
        }
        Clauses.Clause c = r.clauses().get(r.clauseAt(f.start()));
        Figure partner = partner(r, f);
        boolean ownThings = false;
        for (Figure other : r.figures()) {
            if (other.unit() == null || !unit.equals(Units.normal(other.unit()))) {
                continue;
            }
            if (other != f && other != partner && other.start() >= c.start() && other.start() < c.end()) {
                return false; // "3 million tonnes of wheat and 2 million tonnes of corn": each says its own
            }
            ownThings |= OF_THING.matcher(tail(sentence, r, other, false)).lookingAt();
        }
        // "the volume of U.S. rice it buys ... to 420,000 tonnes from 345,000 tonnes, but Washington
        // pushed for 500,000 tonnes": when no figure of the sentence in the unit says its own thing ("of corn"),
        // each counts the thing the sentence says before it
        return saysStem(sentence.substring(c.start(), f.start()), root)
                || !ownThings && saysStem(sentence.substring(0, c.start()), root);
    }

    /** Words that set a figure against the one before it: "…, up from about 11 million tonnes". */
    private static final Pattern COMPARED_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:up|down|rising|falling|compared)\\s+(?:from|with|to)|\\bagainst|\\bversus|\\bvs\\.?)\\s+(?:about|around|roughly|nearly|some|just|almost|only)?\\s*$");
    private static final int COMPARED_REACH = 30;

    /**
     * Whether the figure is set against the one before it in the same unit, which measures what is
     * asked: "will buy at least 25 million tonnes of U.S. soybeans a year …, up from about 11 million
     * tonnes last year" — the 11 million tonnes are soybeans too.
     */
    private static boolean comparedWithMeasured(Question q, String asked, String sentence, SentenceReading r, Figure f) {
        if (f.unit() == null || !COMPARED_BEFORE.matcher(sentence.substring(Math.max(0, f.start() - COMPARED_REACH), f.start())).find()
                || OF_THING.matcher(tail(sentence, r, f, false)).lookingAt()) {
            return false; // "…, compared with 3 million tonnes of corn" says its own thing
        }
        Figure before = null;
        for (Figure other : r.figures()) {
            if (other.end() <= f.start() && other.unit() != null && Units.normal(other.unit()).equals(Units.normal(f.unit()))
                    && (before == null || other.start() > before.start())) {
                before = other;
            }
        }
        return before != null && measuresAsked(q, asked, sentence, r, before);
    }

    /** A figure's tail that says what it counts: "of soybeans". */
    private static final Pattern OF_THING = Pattern.compile("\\s*(?:a year\\s+|a month\\s+|annually\\s+)?of\\s+\\p{L}");

    /** A clause that opens with a participle: "shipping about 30 million tonnes a year" goes on from the clause before it. */
    private static final Pattern PARTICIPLE_OPENING = Pattern.compile("(?:about |some |roughly |nearly |almost )?[a-z]+ing\\b");

    /**
     * Whether the figure is the first of a clause that goes on, with a participle, from a clause
     * saying the thing measured: "the second-largest producer of nickel ore, shipping about 30
     * million tonnes a year" measures nickel.
     */
    private static boolean continuesClauseSaying(String sentence, SentenceReading r, Figure f, String root) {
        int clause = r.clauseAt(f.start());
        if (clause <= 0) {
            return false;
        }
        Clauses.Clause c = r.clauses().get(clause);
        if (!PARTICIPLE_OPENING.matcher(Text.fold(sentence.substring(c.start(), c.end()))).lookingAt()) {
            return false;
        }
        for (Figure other : r.figures()) {
            if (other.start() >= c.start() && other.start() < f.start()) {
                return false; // only the clause's first figure: the later ones measure what their own words say
            }
        }
        Clauses.Clause before = r.clauses().get(clause - 1);
        return saysStem(sentence.substring(before.start(), before.end()), root);
    }

    /**
     * A clause whose first party is the one the question names first is about it: "Beijing's tariffs" in "..., while
     * Beijing will lower ..."; a figure another country does is not that party's.
     */
    private static final double SUBJECT_FIRST = 0.3;

    /** The word a question's auxiliary puts first, its subject: "did japan offer". */
    private static final Pattern AUXILIARY_SUBJECT = Pattern.compile(
            "\\b(?:did|does|do|will|would|has|have|had|was|were|is|are|can|could|should)\\s+(?:the\\s+)?([a-z.]+)");

    /**
     * Whether the figure is the party's the question names first (or puts after its auxiliary): 1 when it is, -1 when
     * another country is its doer and the question puts its party after its auxiliary ("what does china charge"), 0
     * otherwise. Its doer is the party named last before it in its clause
     * ("… the US charges an additional 30% on Chinese goods while China levies 10% on American products": 10% is
     * China's, 30% the US's), not as the object of "on" or "from" ("tariffs on US goods rose to 10%"), and none when it
     * is one of two joined ("Latvia and Peru agreed"); when no party is, the clause's first party may say it is.
     */
    private static int whose(AskedParty party, SentenceReading r, int clause, String sentence, Figure f) {
        Entity first = party.entity();
        if (first == null) {
            return 0;
        }
        Name doer = null;
        Name before = null;
        boolean joint = false;
        for (Name n : r.names()) {
            if (n.end() > f.start() || r.clauseAt(n.start()) != clause || !DOERS.contains(n.kind())
                    || OBJECT_BEFORE.matcher(sentence.substring(Math.max(0, n.start() - 16), n.start())).find()) {
                continue;
            }
            // "Latvia and Peru agreed to keep the truce for another 60 days": both sides', not Peru's
            joint = before != null && JOINED.matcher(sentence.substring(before.end(), n.start())).matches();
            doer = n;
            before = n;
        }
        if (doer == null) {
            return subjectFirst(first, r, clause) ? 1 : 0;
        }
        if (joint) {
            return 0;
        }
        String folded = Text.fold(doer.text());
        if (first.names().stream().anyMatch(x -> Text.fold(x).equals(folded))) {
            return 1;
        }
        // "what does china charge": another country's figure is not China's; "tariff on japanese cars" names no doer
        return doer.kind() == Name.Kind.COUNTRY && party.subject() ? -1 : 0;
    }

    /** The kinds of name that do what a figure measures: a country, a body, a person (not "In Geneva, China offered 10%"). */
    private static final java.util.Set<Name.Kind> DOERS = java.util.EnumSet.of(Name.Kind.COUNTRY, Name.Kind.ORG, Name.Kind.PERSON);

    /** What joins two names into one subject: "The United States and China". */
    private static final Pattern JOINED = Pattern.compile("\\s*,?\\s*(?:and|&)\\s+(?:the\\s+)?");

    /** Words that make the name after them an object: "on US goods", "from China", "asked Washington to remove". */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)\\b(?:on|from|to|against|for|with|of|into|by|in|at|asked|urged|pressed|told|called on)\\s+(?:the\\s+)?$");

    /**
     * The party a question asks about: the one it puts after its auxiliary ("did japan offer"), which is then its
     * {@code subject} ("what does china charge"), else the first it names; a null entity when it names none.
     */
    private record AskedParty(Entity entity, boolean subject) {}

    private static AskedParty askedParty(Question q, String asked) {
        Entity first = null;
        Matcher m = AUXILIARY_SUBJECT.matcher(asked);
        String after = m.find() ? m.group(1) : null;
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.COUNTRY || e.type() == Entity.EntityType.PERSON || e.type() == Entity.EntityType.ORG) {
                if (after != null && e.names().stream().anyMatch(x -> Text.fold(x).equals(after))) {
                    return new AskedParty(e, true); // "how much us rice did japan offer": Japan does the offering
                }
                first = first == null ? e : first;
            }
        }
        return new AskedParty(first, false);
    }

    /** Whether the clause's first party is {@code first}. */
    private static boolean subjectFirst(Entity first, SentenceReading r, int clause) {
        for (Name n : r.names()) {
            if (r.clauseAt(n.start()) == clause && n.kind() != Name.Kind.OTHER) {
                String folded = Text.fold(n.text());
                return first.names().stream().anyMatch(x -> Text.fold(x).equals(folded));
            }
        }
        return false;
    }

    /** Whether a figure is one end of a change whose other end is in the same clause. */
    private static boolean pairedInClause(SentenceReading r, Figure f, int clause) {
        if (f.role() == Figure.Role.NONE) {
            return false;
        }
        for (Figure other : r.figures()) {
            if (other != f && r.clauseAt(other.start()) == clause && other.role() != Figure.Role.NONE && other.role() != f.role()) {
                return true;
            }
        }
        return false;
    }
}
