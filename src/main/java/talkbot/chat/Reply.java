package talkbot.chat;

import java.util.ArrayList;
import java.util.List;
import talkbot.answer.Answer;
import talkbot.summary.KeyPoint;
import talkbot.summary.Summary;

/**
 * What the bot says back, before a platform renders it: a list of sections, and the buttons under
 * it: choices to pick from (when the bot asks back) and votes on the answer.
 */
public record Reply(List<Section> sections, List<Button> choices, List<Button> votes) {
    public Reply {
        sections = List.copyOf(sections);
        choices = choices == null ? List.of() : List.copyOf(choices);
        votes = votes == null ? List.of() : List.copyOf(votes);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("an empty reply");
        }
    }

    public Reply(List<Section> sections) {
        this(sections, List.of(), List.of());
    }

    public static Reply text(String text) {
        return new Reply(List.of(Section.text(text)));
    }

    /**
     * An answer as a careful editor lays it out: the direct answer, the reply unless it only
     * repeats the direct answer or the source, one quotation, and its source line (the article and
     * its date), never a quotation twice. See {@link AnswerLayout}.
     */
    public static Reply of(Answer answer) {
        return new Reply(List.of(AnswerLayout.of(answer)));
    }

    /** A summary: its title, what is new since the chat's last one (when anything is), then the key points, each with its source. */
    public static Reply of(Summary summary) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.titled(summary.title(), null));
        if (!summary.newSince().isEmpty()) {
            sections.add(Section.titled("New since the last summary", null));
            addPoints(sections, summary.newSince());
            sections.add(Section.titled("Key points", null));
        }
        addPoints(sections, summary.points());
        return new Reply(sections);
    }

    private static void addPoints(List<Section> sections, List<KeyPoint> points) {
        for (KeyPoint p : points) {
            sections.add(new Section(null, "• " + p.text(), List.of(p.source())));
        }
    }

    /** Whether it has buttons. */
    public boolean hasButtons() {
        return !choices.isEmpty() || !votes.isEmpty();
    }

    /** The same reply with other vote buttons (none, or the "thanks" a vote leaves). */
    public Reply withVotes(List<Button> buttons) {
        return new Reply(sections, choices, buttons);
    }

    /** The same reply with choices to pick from. */
    public Reply withChoices(List<Button> buttons) {
        return new Reply(sections, buttons, votes);
    }

    /** The same reply and one more section, without buttons (a choice made). */
    public Reply settled(Section more) {
        List<Section> all = new ArrayList<>(sections);
        all.add(more);
        return new Reply(all);
    }
}
