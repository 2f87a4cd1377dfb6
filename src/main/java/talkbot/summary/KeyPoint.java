package talkbot.summary;

import java.util.Objects;
import talkbot.corpus.Citation;

/** One key point of the summary and the sentence it rests on. */
public record KeyPoint(String text, Citation source) {
    public KeyPoint {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
