package talkbot.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;

/**
 * Reads a message against the last exchange of a conversation, without a trained model: from the
 * question reader's own entities, rounds and intents. Pronouns stand for the person the last
 * answer named (or the last question asked about), never for a name read out of the pronoun
 * itself; an ellipsis ("and the US side?", "what about China?", "in July?") swaps the slot of the
 * last question it fills; a bare intent ("when?", "source?", "tell me more") asks about the last answer.
 */
public final class FollowUps {
    private static final Pattern SOURCE = Pattern.compile(
            "^(?:and |so )?(?:source|sources|your source|what(?:'s| is) (?:the|your) source|where(?:'s| is| does) (?:that|this) (?:from|come from)"
                    + "|where did you (?:get|read) that|says who|according to (?:whom|who|what)|link|citation|proof)[?.! ]*$");
    private static final Pattern MORE = Pattern.compile(
            "^(?:and |so |ok |okay )?(?:tell me more|more|more please|go on|anything else|more details|details|elaborate|more info"
                    + "|what else|and\\?|keep going|continue|more on that|tell me more about (?:it|that|this))[?.! ]*$");
    private static final Pattern ELSE = Pattern.compile(
            "^(?:and |so )?(?:who else|anyone else|anybody else|any others|who are the others|and the others|others)[?.! ]*$");
    private static final Pattern ASPECT = Pattern.compile(
            "^(?:and |so |but )?(when|where|why|how much|how many|how long|who|what time|what day|which day|which city|since when)"
                    + "(?: (?:was|is|did|does|were) (?:that|it|this))?[?.! ]*$");
    private static final Pattern ELLIPSIS = Pattern.compile(
            "^(?:and|what about|how about|what of|and what about|and how about|and for|same for|same question for|same for the|and then)\\b\\s*(.*)$");
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|him|her|his|hers|they|them|their)\\b");
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("\\b(?:he|she|him|her)\\b");
    private static final Pattern WH = Pattern.compile("\\b(?:who|whom|whose|what|when|where|why|how|which)\\b");
    private static final int FRAGMENT_WORDS = 4;

    private final QuestionParser parser;

    public FollowUps(QuestionParser parser) {
        this.parser = parser;
    }

    /**
     * @param text             the message
     * @param previousQuestion the whole question last answered, or null when there is none
     * @param previousShort    its short answer (a name, a place ...), or null when it was not answered
     */
    public FollowUp read(String text, String previousQuestion, String previousShort) {
        String cleaned = QuestionParser.clean(text);
        String f = Text.fold(cleaned).replaceAll("\\s+", " ").strip();
        if (previousQuestion == null) {
            return new FollowUp(FollowUp.Kind.STANDALONE, cleaned, null);
        }
        if (SOURCE.matcher(f).matches()) {
            return new FollowUp(FollowUp.Kind.SOURCE, previousQuestion, null);
        }
        if (ELSE.matcher(f).matches()) {
            return new FollowUp(FollowUp.Kind.ELSE, previousQuestion, null);
        }
        if (MORE.matcher(f).matches()) {
            return new FollowUp(FollowUp.Kind.MORE, previousQuestion, null);
        }
        Matcher aspect = ASPECT.matcher(f);
        if (aspect.matches()) {
            return new FollowUp(FollowUp.Kind.ASPECT, previousQuestion, aspectIntent(aspect.group(1)));
        }
        Question now = parser.parse(cleaned);
        Question before = parser.parse(previousQuestion);
        Matcher ellipsis = ELLIPSIS.matcher(f);
        boolean fragment = !WH.matcher(f).find() && f.split(" ").length <= FRAGMENT_WORDS;
        if (ellipsis.matches() || fragment) {
            String rewritten = swap(before, previousQuestion, now, ellipsis.matches() ? ellipsis.group(1) : cleaned);
            if (rewritten != null) {
                return new FollowUp(FollowUp.Kind.REWRITTEN, rewritten, null);
            }
        }
        // "which analyst reacted … and where does she work": the question says whom "she" is, not the last exchange
        if (PRONOUN.matcher(f).find() && !now.names(Entity.EntityType.PERSON)
                && !QuestionParser.saysWhoBefore(f)) {
            String referent = referent(before, previousShort, f);
            if (referent != null) {
                return new FollowUp(FollowUp.Kind.REWRITTEN, replacePronouns(cleaned, referent), null);
            }
            if (SUBJECT_PRONOUN.matcher(f).find()) {
                return new FollowUp(FollowUp.Kind.ASK_WHO, cleaned, null);
            }
        }
        return new FollowUp(FollowUp.Kind.STANDALONE, cleaned, null);
    }

    private static Intent aspectIntent(String word) {
        return switch (word) {
            case "when", "what time", "what day", "which day", "since when" -> Intent.WHEN;
            case "where", "which city" -> Intent.WHERE;
            case "why" -> Intent.WHY;
            case "who" -> Intent.WHO;
            default -> Intent.HOW_MUCH;
        };
    }

    /**
     * The last question with the slot the fragment fills swapped: a country for a country, a
     * person for a person, a place or a time of a round for another; the fragment added when the
     * last question had no such slot. Null when the fragment names nothing to swap.
     */
    private String swap(Question before, String previous, Question fragment, String fragmentText) {
        String out = previous;
        boolean changed = false;
        for (Entity e : fragment.entities()) {
            Entity old = sameType(before, e);
            String said = said(fragmentText, e) == null ? null : e.name(); // "us" is written as the United States
            if (old != null && said != null) {
                String replaced = replaceMention(out, old, said);
                if (!replaced.equals(out)) {
                    out = replaced;
                    changed = true;
                    continue;
                }
            }
            if (said != null && !Text.fold(out).contains(Text.fold(said))) {
                out = stripEnd(out) + " " + (e.type() == Entity.EntityType.PLACE ? "in " : "for ") + said + "?";
                changed = true;
            }
        }
        if (fragment.scope().hasTime()) {
            String time = fragmentText.replaceAll("(?i)^\\s*(?:in|during|for|on|and in|and)\\s+", "").replaceAll("[?.!]+$", "").strip();
            Matcher month = MONTH.matcher(Text.fold(out));
            if (month.find()) {
                out = out.substring(0, month.start()) + time + out.substring(month.end());
            } else {
                out = stripEnd(out) + " in " + time + "?";
            }
            changed = true;
        }
        return changed ? out : null;
    }

    private static final Pattern MONTH = Pattern.compile(
            "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\\s+\\d{4})?\\b");

    private static Entity sameType(Question before, Entity e) {
        for (Entity old : before.entities()) {
            if (old.type() == e.type() && !old.equals(e)) {
                return old;
            }
        }
        return null;
    }

    /** How the text names the entity: the words it uses for it. */
    private static String said(String text, Entity e) {
        String folded = Text.fold(text);
        String best = null;
        for (String n : e.names()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(Text.fold(n)) + "\\b").matcher(folded);
            if (m.find() && (best == null || n.length() > best.length())) {
                best = text.substring(m.start(), Math.min(text.length(), m.end()));
            }
        }
        return best;
    }

    private static String replaceMention(String text, Entity old, String replacement) {
        List<String> names = new ArrayList<>(old.names());
        names.sort((a, b) -> b.length() - a.length());
        for (String n : names) {
            // "China's", and "chinas" as people type it, are China's too
            Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(n) + "(['’]s|s(?=\\s))?\\b").matcher(text);
            if (m.find()) {
                return text.substring(0, m.start()) + replacement + (m.group(1) == null ? "" : "'s") + text.substring(m.end());
            }
        }
        return text;
    }

    /**
     * Whom a pronoun stands for: the person (or people) the last answer named, else the person the
     * last question asked about. Null when there is nobody: a pronoun is never read as a name.
     */
    private static String referent(Question before, String previousShort, String folded) {
        boolean plural = folded.matches(".*\\b(?:they|them|their)\\b.*");
        if (previousShort != null && looksLikePeople(previousShort)) {
            boolean list = previousShort.contains(" and ") || previousShort.contains(",");
            if (plural == list || !plural) {
                return previousShort;
            }
        }
        List<String> people = new ArrayList<>();
        for (Entity e : before.entities()) {
            if (e.type() == Entity.EntityType.PERSON) {
                people.add(e.name());
            }
        }
        if (people.isEmpty()) {
            return null;
        }
        return plural && people.size() > 1 ? String.join(" and ", people) : people.get(0);
    }

    private static boolean looksLikePeople(String s) {
        for (String part : s.split(",| and ")) {
            String p = part.strip();
            if (p.isEmpty() || !Text.looksLikeName(p) || p.contains("“")) {
                return false;
            }
        }
        return true;
    }

    private static String replacePronouns(String text, String referent) {
        String out = text.replaceAll("(?i)\\b(?:his|her|their)\\b(?=\\s+\\p{L})(?!\\s+(?:say|said|tell|told|think|comment))", Matcher.quoteReplacement(referent + "'s"));
        out = out.replaceAll("(?i)\\b(?:he|she|him|her|they|them|hers)\\b", Matcher.quoteReplacement(referent));
        return out;
    }

    private static String stripEnd(String s) {
        return s.replaceAll("[?.!\\s]+$", "");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
