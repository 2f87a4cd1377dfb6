package talkbot.answer;

import java.util.Objects;
import talkbot.corpus.Citation;

/**
 * One round's answer, when a question that names no round is answered differently by reports of
 * different rounds: "Miraflores Park Hotel" for "Lima, November 2027", with the sentence it comes from.
 *
 * @param label       the round: its place and month ("Lima, November 2027"), or the report's date
 * @param shortAnswer that round's direct answer
 * @param source      the sentence it comes from
 */
public record RoundAnswer(String label, String shortAnswer, Citation source) {
    public RoundAnswer {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(shortAnswer, "shortAnswer");
        Objects.requireNonNull(source, "source");
    }
}
