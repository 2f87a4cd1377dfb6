package talkbot.corpus;

import java.util.Objects;

/**
 * One sentence of an article, as written.
 *
 * @param articleId the article it belongs to
 * @param number    1-based position in the article (headings count); facts name sentences by it
 * @param text      the sentence verbatim
 * @param heading   true for a heading line ("Spotlight on Rare Earths") rather than prose
 */
public record Sentence(String articleId, int number, String text, boolean heading) {
    public Sentence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("sentence numbers start at 1");
        }
    }
}
