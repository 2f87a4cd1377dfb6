package talkbot.answer;

/**
 * A direct answer cut from a sentence and how well its clause holds the question's focus (over 1
 * when its neighbours add to a clause that holds it all; callers cap it where a share is meant).
 *
 * @param at where in the sentence the span was cut from (a date: where its first mention starts,
 *           also for two days written "X and Y"), or -1 when it is made of several places or says it otherwise
 */
record Span(String text, double fit, int at) {
    Span(String text, double fit) {
        this(text, fit, -1);
    }
}
