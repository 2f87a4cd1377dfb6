package talkbot.index;

/**
 * Every Lucene field name in one place, and why each is indexed or stored. Documents are either
 * a sentence or a fact; answers come back to Java through {@link #ORD} (a position in the
 * in-memory lists), so nothing needs to be stored.
 */
final class Fields {
    /** Position of the document in the sentence or fact list: doc values, read after search. */
    static final String ORD = "ord";
    /** "sentence" or "fact": indexed as a keyword, to filter one kind of document. */
    static final String TYPE = "type";
    /** A fact's kind ("quote"): keyword, to restrict a search to the kinds an intent answers from. */
    static final String KIND = "kind";
    /** The sentence text (of a sentence, or of a fact's source sentence): analyzed, searched with BM25. */
    static final String TEXT = "text";
    /**
     * A fact's subject, context and value: analyzed as one field, searched with BM25 for the
     * candidate facts (the answer weighs the parts itself, from their terms).
     */
    static final String FACT = "fact";

    /** A sentence's article id: keyword, to restrict a search to the articles of one round. */
    static final String ARTICLE = "article";

    static final String TYPE_SENTENCE = "sentence";
    static final String TYPE_FACT = "fact";

    private Fields() {}
}
