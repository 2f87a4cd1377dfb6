package talkbot.corpus;

import java.util.Objects;

/**
 * A structured fact about an article, tied to the sentence it comes from (whose text contains
 * {@code value}, checked at load).
 *
 * @param id       unique in the corpus: article id and line ("us-china-london-talks:12")
 * @param kind     what sort of fact
 * @param subject  what it is about (a person, a side, an event), as it reads in a reply
 * @param value    the direct answer, verbatim from the sentence
 * @param side     for people and delegations: the party (China, United States, ...); may be null
 * @param lead     for delegation members: leads the delegation
 * @param context  extra words a question may use for it ("on Truth Social", "negotiating team"); may be empty
 * @param sentence the source sentence
 */
public record Fact(
        String id,
        FactKind kind,
        String subject,
        String value,
        String side,
        boolean lead,
        String context,
        Sentence sentence) {
    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sentence, "sentence");
        context = context == null ? "" : context;
    }
}
