package talkbot.corpus;

import java.util.List;
import java.util.Objects;

/** An article: its metadata and its sentences in order. */
public record Article(ArticleInfo info, List<Sentence> sentences) {
    public Article {
        Objects.requireNonNull(info, "info");
        sentences = List.copyOf(sentences);
    }

    /** Articles in {@link ArticleInfo#NEWEST_FIRST} order. */
    public static final java.util.Comparator<Article> NEWEST_FIRST = java.util.Comparator.comparing(Article::info, ArticleInfo.NEWEST_FIRST);

    public String id() {
        return info.id();
    }

    /** Sentence {@code number} (1-based). */
    public Sentence sentence(int number) {
        return sentences.get(number - 1);
    }

    public Citation cite(Sentence s) {
        return new Citation(info.id(), info.title(), info.published(), s.text());
    }
}
