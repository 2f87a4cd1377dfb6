package talkbot.index;

/**
 * Every Lucene field name in one place, and why each is indexed or stored. An article is indexed
 * as one block of documents — its sentences in order, then its facts, then one article document
 * that carries the fingerprint of what was indexed — so that it is added, replaced or deleted as
 * a whole by its id. Answers come back to Java through doc values: the article id and the
 * sentence's number (or the fact's id), which the in-memory corpus turns into the sentence or fact.
 */
final class Fields {
    /** "sentence", "fact" or "article": indexed as a keyword, to filter one kind of document. */
    static final String TYPE = "type";
    /** A fact's kind ("quote"): keyword, to restrict a search to the kinds an intent answers from. */
    static final String KIND = "kind";
    /** The sentence text: analyzed, searched with BM25. Only sentence documents have it. */
    static final String TEXT = "text";
    /**
     * A fact's subject, context and value: analyzed as one field, searched with BM25 for the
     * candidate facts (the answer weighs the parts itself, from their terms).
     */
    static final String FACT = "fact";
    /**
     * The article id, on every document of the article: a keyword (to restrict a search to the
     * articles of one round, and to replace or delete an article's block) and sorted doc values
     * (to turn a hit back into its article).
     */
    static final String ARTICLE = "article";
    /** A sentence's 1-based number in its article: numeric doc values. */
    static final String NUMBER = "number";
    /** A fact's id ("article:line"): sorted doc values, to turn a hit back into the fact. */
    static final String FACT_ID = "fact_id";
    /**
     * The words of sentences and facts as the spelling corrector counts them ({@link Vocabulary#words}),
     * indexed with their frequencies: the vocabulary is read off this field's terms.
     */
    static final String WORDS = "words";
    /** The article document's fingerprint of what was indexed: binary doc values. */
    static final String HASH = "hash";

    static final String TYPE_SENTENCE = "sentence";
    static final String TYPE_FACT = "fact";
    static final String TYPE_ARTICLE = "article";

    private Fields() {}
}
