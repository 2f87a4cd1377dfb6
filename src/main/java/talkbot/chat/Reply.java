package talkbot.chat;

import java.util.ArrayList;
import java.util.List;
import talkbot.answer.Answer;

/** What the bot says back, before a platform renders it: a list of sections. */
public record Reply(List<Section> sections) {
    public Reply {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("an empty reply");
        }
    }

    public static Reply text(String text) {
        return new Reply(List.of(Section.text(text)));
    }

    /**
     * The direct answer as title, the reply as text and the sources as quotes. A reply that is
     * just its source sentence is shown once, as the quote.
     */
    public static Reply of(Answer answer) {
        List<Section> sections = new ArrayList<>();
        boolean replyIsQuote = answer.answered() && answer.sources().size() == 1
                && answer.sources().get(0).sentence().equals(answer.reply());
        sections.add(new Section(answer.answered() ? answer.shortAnswer() : null, replyIsQuote ? null : answer.reply(),
                answer.sources()));
        return new Reply(sections);
    }
}
