package talkbot.chat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.answer.Answer;
import talkbot.answer.RoundAnswer;
import talkbot.corpus.Citation;
import talkbot.corpus.Text;

/**
 * Lays an answer out as a careful news editor would: the direct answer in bold, the reply unless
 * it only repeats the direct answer or the source, one quotation, and the source line (the
 * article's title and date) — never the same quotation twice.
 *
 * <ul>
 *   <li>A reply that is its source sentence (perhaps with clarifications in brackets, "last month
 *       [May 2025]", perhaps after "As of 9 June 2025:") is shown once, as the quotation, brackets
 *       and all.</li>
 *   <li>A reply that already shows a quotation from its source ("Karoline Leavitt said: “…”") or
 *       the whole source sentence is not followed by the sentence again: only its source line.</li>
 *   <li>A direct answer that is itself that quotation, or the article the reply names, is not
 *       repeated as a title; nor is a direct answer the reply opens with before its source
 *       sentence ("Hanbit Tower, Seoul. The negotiations …").</li>
 *   <li>A reply that names the article ("From “…” (9 June 2025): …") needs no source line.</li>
 * </ul>
 * Refusals, help and greetings are their reply alone.
 */
final class AnswerLayout {
    /** A clarification an editor put in: " [May 2025]". */
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\[[^\\]]{1,80}\\]");
    /** "As of 9 June 2025: " before a reply that is the newest article's sentence. */
    private static final Pattern AS_OF = Pattern.compile("^(" + Pattern.quote(Answer.AS_OF) + "[^:]{3,40}:)\\s+(.+)$", Pattern.DOTALL);
    /** "No. " before a reply to a yes/no question that is the sentence denying it. */
    private static final Pattern NO = Pattern.compile("^(" + Pattern.quote(Answer.DENIED) + ")\\s+(.+)$", Pattern.DOTALL);
    /** A quotation in curly marks, long enough to be a quote rather than a phrase. */
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{12,})”");

    private AnswerLayout() {}

    static Section of(Answer a) {
        if (!a.answered()) {
            return Section.text(a.reply());
        }
        String title = a.shortAnswer();
        String reply = a.reply();
        if (a.sources().isEmpty()) {
            return new Section(title, repeats(reply, title) ? null : reply, List.of());
        }
        Citation source = a.sources().get(0);
        String sentence = source.sentence();
        if (!a.byRound().isEmpty()) {
            // "Two rounds answer this: Lima, …: X; Oslo, …: Y." says the direct answer; each round's sentence follows
            return new Section(null, reply, a.byRound().stream().map(RoundAnswer::source).distinct().toList());
        }

        // the reply is the source sentence (clarified, perhaps "as of" a date): one quotation
        String lead = null;
        String body = reply;
        Matcher asOf = AS_OF.matcher(reply);
        if (asOf.matches()) {
            lead = asOf.group(1);
            body = asOf.group(2);
        }
        Matcher no = NO.matcher(body);
        if (no.matches() && title != null && title.startsWith(no.group(1))) {
            body = no.group(2); // "No." leads the direct answer already
        }
        if (title != null && body.startsWith(title + ". ") && same(unbracketed(body.substring(title.length() + 2)), sentence)) {
            body = body.substring(title.length() + 2); // "Hanbit Tower, Seoul. The negotiations …": the direct answer leads already
        }
        if (same(unbracketed(body), sentence)) {
            Citation shown = new Citation(source.articleId(), source.articleTitle(), source.published(), body.strip());
            return new Section(quotes(title, body) ? null : title, lead, List.of(shown));
        }

        boolean showsSentence = Text.containsLoosely(unbracketed(reply), sentence);
        boolean showsQuote = showsQuotationOf(reply, sentence);
        boolean namesArticle = Text.containsLoosely(reply, source.articleTitle());
        String text = repeats(reply, title) ? null : reply;
        if (text != null && (showsSentence || showsQuote)) {
            boolean titleRepeated = quotes(title, reply) || (namesArticle && same(title, source.articleTitle()));
            return new Section(titleRepeated ? null : title, text, List.of(), namesArticle ? List.of() : List.of(source));
        }
        return new Section(title, text, List.of(source));
    }

    /** Whether the reply says no more than the direct answer. */
    private static boolean repeats(String reply, String title) {
        return title != null && same(reply, title);
    }

    /** Whether {@code title} is a quotation that {@code text} shows ("“We want…”" in "X said: “We want … Geneva.”"). */
    private static boolean quotes(String title, String text) {
        if (title == null) {
            return false;
        }
        String t = title.strip();
        if (!(t.startsWith("“") || t.startsWith("\""))) {
            return false;
        }
        String inner = t.replaceAll("^[“\"]+|[”\"]+$", "").replaceAll("…$", "").strip();
        return inner.length() >= 8 && Text.containsLoosely(text, inner);
    }

    /** Whether the reply quotes a passage of the sentence in quotation marks. */
    private static boolean showsQuotationOf(String reply, String sentence) {
        Matcher m = QUOTED.matcher(reply);
        while (m.find()) {
            if (Text.containsLoosely(sentence, m.group(1).replaceAll("…$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String unbracketed(String s) {
        return BRACKETS.matcher(s).replaceAll("");
    }

    private static boolean same(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(String s) {
        return Text.fold(s).replaceAll("[\"'.!?,;:\\s]+$", "").replaceAll("^[\"'\\s]+", "");
    }
}
