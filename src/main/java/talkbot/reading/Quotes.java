package talkbot.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations of a sentence, whole and balanced, with who said them: the name beside the verb
 * of saying ("Bessent told reporters", "said Helen Marsh"), or a pronoun ("he said") or an office
 * ("the president wrote") that the caller resolves to the person last named.
 */
public final class Quotes {
    private static final Pattern QUOTE = Pattern.compile("“([^“”]+)”|\"([^\"]+)\"");
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(?:said|says|saying|told|tells|stated|added|adding|remarked|wrote|"
            + "writes|posted|declared|announced|stressed|insisted|warned|argued|noted|explained|replied|commented|called|"
            + "describ(?:ed|ing)|according to|calling)\\b");
    /** An office a quotation's speaker may be named by in place of a pronoun: "the president", "the minister". */
    public static final String OFFICE = "(?:president|premier|minister|secretary|commissioner|ambassador|chancellor|spokes(?:wo)?man|spokesperson)";
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile("(?i)^\\W*(?:he|she|they)\\s+(?:said|says|told|added|wrote|noted|warned|stressed|insisted)\\b"
            + "|\\b(?:said|says|added|wrote)\\s+(?:he|she)\\b"
            // '"We just completed a massive Deal with Japan," the president wrote': an office named for its holder
            + "|\\bthe\\s+" + OFFICE + "\\s+(?:said|says|told|added|wrote|noted|warned)\\b"
            + "|\\b(?:said|says|added|wrote)\\s+the\\s+" + OFFICE + "\\b");

    private Quotes() {}

    /**
     * A quotation.
     *
     * @param start   where its opening mark is
     * @param end     just after its closing mark
     * @param words   what is quoted, without the marks
     * @param speech  whether a verb of saying goes with it (without one, marks are a name or scare quotes)
     * @param pronoun whether a pronoun ("he said") or an office ("the president wrote") stands for its speaker
     */
    public record Quote(int start, int end, String words, boolean speech, boolean pronoun) {}

    public static List<Quote> find(String sentence) {
        List<Quote> out = new ArrayList<>();
        boolean speech = SPEECH.matcher(sentence).find();
        boolean pronoun = PRONOUN_SPEAKER.matcher(outside(sentence)).find();
        Matcher m = QUOTE.matcher(sentence);
        while (m.find()) {
            String words = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            out.add(new Quote(m.start(), m.end(), words, speech, pronoun));
        }
        return out;
    }

    /** For each position of the sentence, whether it is inside a quotation. */
    static boolean[] insideQuotes(String sentence) {
        boolean[] in = new boolean[sentence.length() + 1];
        Matcher m = QUOTE.matcher(sentence);
        while (m.find()) {
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                in[i] = true;
            }
        }
        return in;
    }

    /** The sentence with its quotations blanked out: what the reporter wrote around them. */
    public static String outside(String sentence) {
        StringBuilder b = new StringBuilder(sentence);
        Matcher m = QUOTE.matcher(sentence);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /** The words of a quotation as a reply shows them: trailing commas and a dangling dash gone, in curly marks. */
    public static String shown(String words) {
        String w = words.strip().replaceAll("[,;:\\s—–-]+$", "");
        return "“" + w + "”";
    }
}
