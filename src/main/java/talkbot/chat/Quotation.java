package talkbot.chat;

import talkbot.corpus.Citation;
import talkbot.time.DateFormat;

/** How quoted sentences and their sources are written, the same on every platform (raw text: renderers escape it). */
public final class Quotation {
    private Quotation() {}

    /**
     * A sentence in quotation marks; quotation marks inside it become single ones, as an editor
     * writes a quote within a quote: “He said: ‘We want a deal.’”, never “He said: “We want a deal.””.
     */
    public static String of(String sentence) {
        String s = sentence.strip().replace('“', '‘').replace('”', '’');
        return "“" + s + "”";
    }

    /** The source line: the article's title and its date, "US and China resume talks, 9 June 2025". */
    public static String source(Citation c) {
        return c.articleTitle().strip() + ", " + DateFormat.date(c.published());
    }
}
