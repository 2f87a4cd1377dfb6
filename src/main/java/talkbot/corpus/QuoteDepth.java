package talkbot.corpus;

/**
 * Follows quotation marks through a text, one character at a time: whether the characters seen so
 * far leave the reader inside a quotation, “curly” (nested) or "straight" (toggled). Mutable and
 * meant for one scan on one thread.
 */
public final class QuoteDepth {
    private int curly;
    private boolean straight;

    /** Takes in the next character of the text. */
    public void see(char c) {
        if (c == '“') {
            curly++;
        } else if (c == '”') {
            curly = Math.max(0, curly - 1);
        } else if (c == '"') {
            straight = !straight;
        }
    }

    /** Whether the characters seen so far open a quotation they have not closed. */
    public boolean inside() {
        return curly > 0 || straight;
    }

    /** Whether position {@code at} of {@code text} is inside a quotation. */
    public static boolean inside(String text, int at) {
        QuoteDepth depth = new QuoteDepth();
        for (int i = 0; i < at; i++) {
            depth.see(text.charAt(i));
        }
        return depth.inside();
    }
}
