package talkbot.index;

/** A search result: the position of a sentence or fact in the index's lists, and its BM25 score. */
public record Hit(int ord, float score) {}
