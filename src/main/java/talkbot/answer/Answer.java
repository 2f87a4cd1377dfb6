package talkbot.answer;

import talkbot.intent.Intent;
import java.util.List;
import java.util.Objects;
import talkbot.corpus.Citation;

/**
 * What the core says to a question.
 *
 * @param question    the question as asked
 * @param answered    true when the corpus answers it; false for refusals, help and greetings
 * @param intent      what the question was routed to
 * @param shortAnswer the direct answer (a name, place, day, figure or quote), at most {@link #SHORT_LIMIT}
 *                    characters; null when not answered
 * @param reply       the one- or two-sentence reply, at most {@link #REPLY_LIMIT} characters
 * @param sources     the sentences the answer comes from, quoted verbatim
 * @param confidence  in [0, 1]
 * @param choices     when the question fits more than one round about equally ("where were the talks?"), the
 *                    questions it may mean, for a chat to ask back; empty otherwise.
 * @param byRound     when reports of different rounds answer a question that names none differently and
 *                    about equally well, each round's answer, the chosen one first (the direct answer and the
 *                    reply then list them all); empty otherwise
 */
public record Answer(
        String question,
        boolean answered,
        Intent intent,
        String shortAnswer,
        String reply,
        List<Citation> sources,
        double confidence,
        List<Choice> choices,
        List<RoundAnswer> byRound) {

    public Answer(String question, boolean answered, Intent intent, String shortAnswer, String reply, List<Citation> sources,
            double confidence) {
        this(question, answered, intent, shortAnswer, reply, sources, confidence, List.of(), List.of());
    }

    public static final int SHORT_LIMIT = 100;
    public static final int REPLY_LIMIT = 400;
    /** What leads the short answer and the reply to a yes/no question whose answering clause denies it. */
    public static final String DENIED = "No.";
    /** What leads a reply from the newest article that answers, before its date: "As of 14 October 2025: …". */
    public static final String AS_OF = "As of ";

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(reply, "reply");
        sources = List.copyOf(sources);
        choices = List.copyOf(choices);
        byRound = List.copyOf(byRound);
        if (answered && shortAnswer == null) {
            throw new IllegalArgumentException("an answered question needs a short answer");
        }
        if (shortAnswer != null && shortAnswer.length() > SHORT_LIMIT) {
            throw new IllegalArgumentException("short answer over " + SHORT_LIMIT + " characters");
        }
        if (reply.length() > REPLY_LIMIT) {
            throw new IllegalArgumentException("reply over " + REPLY_LIMIT + " characters");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /** The same answer, with the questions it may mean. */
    public Answer withChoices(List<Choice> more) {
        return new Answer(question, answered, intent, shortAnswer, reply, sources, confidence, more, byRound);
    }

    /** The same answer to a question put otherwise (a follow-up read as the whole question it stands for). */
    public Answer asking(String resolved) {
        return new Answer(resolved, answered, intent, shortAnswer, reply, sources, confidence, choices, byRound);
    }

    /** The chosen direct answer: the first round's when the answer lists several rounds', which a follow-up goes on from. */
    public String chosenShort() {
        return byRound.isEmpty() ? shortAnswer : byRound.get(0).shortAnswer();
    }

    /** A reply that answers nothing from the corpus: a refusal, help or a greeting. */
    public static Answer unanswered(String question, Intent intent, String reply) {
        return new Answer(question, false, intent, null, reply, List.of(), 0);
    }
}
