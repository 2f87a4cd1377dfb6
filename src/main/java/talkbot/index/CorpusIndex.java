package talkbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.corpus.Sentence;

/**
 * The search over one corpus's sentences and facts, with what answering needs beside it: each
 * sentence's analyzed terms and reading (computed when a search first needs them, see
 * {@link ArticleReadings}), how rare each term is (read from the index), and the vocabulary
 * for spelling correction. Sentences are numbered in corpus order ({@link SentenceTable}); a hit
 * comes back from Lucene through its article id and sentence number.
 *
 * <p>A view holds one Lucene reader — of the in-memory index {@link #build} makes, or of the
 * on-disk {@link IndexStore} — for as long as it lives: {@link #tryRetain}/{@link #release} keep it
 * open under a running search, and {@link #close} gives up the view's own hold. Safe for
 * concurrent searches.
 */
public final class CorpusIndex implements AutoCloseable {
    private static final int MAX_CLAUSES = 64;
    private static final Set<FactKind> ALL_KINDS = java.util.EnumSet.allOf(FactKind.class);
    /** Sentences whose terms are kept at once, a third as many readings (see {@link ArticleReadings}). */
    static final int READINGS_KEPT = 90_000;
    private static final int DF_CACHE = 50_000;

    private final Corpus corpus;
    private final TextAnalysis analysis;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Runnable giveBack;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final SentenceTable sentences;
    private final ArticleReadings readings;
    private final Map<String, Integer> factOrd = new HashMap<>();
    private final AtomicReferenceArray<FactTerms> factTerms;
    private final Map<String, Integer> df = new ConcurrentHashMap<>();
    private final float maxIdf;
    private final Vocabulary vocabulary;

    /** The analyzed terms of a fact's parts. */
    public record FactTerms(Set<String> subject, Set<String> value, Set<String> context, Set<String> sentence) {}

    /**
     * A view of {@code corpus} over {@code reader}, which must index exactly its articles;
     * {@code giveBack} releases the view's hold on the reader when it is closed.
     */
    CorpusIndex(Corpus corpus, TextAnalysis analysis, DirectoryReader reader, Runnable giveBack) {
        this(corpus, analysis, reader, giveBack, vocabulary(reader, corpus));
    }

    /** The same, with the spelling vocabulary of exactly that reader and corpus already made (see {@link IndexStore}). */
    CorpusIndex(Corpus corpus, TextAnalysis analysis, DirectoryReader reader, Runnable giveBack, Vocabulary vocabulary) {
        this.corpus = corpus;
        this.analysis = analysis;
        this.reader = reader;
        this.giveBack = giveBack;
        this.searcher = new IndexSearcher(reader);
        this.sentences = new SentenceTable(corpus.articles());
        this.readings = new ArticleReadings(analysis, new SentenceReader(analysis, new talkbot.reading.NameFinder(corpus.knownNames())),
                READINGS_KEPT);
        List<Fact> facts = corpus.facts();
        for (int i = 0; i < facts.size(); i++) {
            factOrd.put(facts.get(i).id(), i);
        }
        this.factTerms = new AtomicReferenceArray<>(facts.size());
        this.maxIdf = idf(0, Math.max(sentences.size(), 1)); // the rarest: a term no sentence uses
        this.vocabulary = vocabulary;
    }

    private static float idf(int df, int n) {
        return (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** The words of the index's sentences and facts with their counts, and the corpus's names and synonyms. */
    static Vocabulary vocabulary(DirectoryReader reader, Corpus corpus) {
        Vocabulary v = new Vocabulary();
        try {
            Terms words = MultiTerms.getTerms(reader, Fields.WORDS);
            if (words != null) {
                TermsEnum te = words.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    v.addWord(t.utf8ToString(), Math.toIntExact(te.totalTermFreq()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nameTexts(corpus).forEach(v::add);
        corpus.synonymRules().forEach(v::add);
        TextAnalysis.builtInRules().forEach(v::add);
        v.prepare();
        return v;
    }

    /** Every name of every entity of the corpus, as many times as the entities give it: counted in the vocabulary. */
    static List<String> nameTexts(Corpus corpus) {
        List<String> out = new ArrayList<>();
        corpus.entities().forEach(e -> out.addAll(e.names()));
        return out;
    }

    /** Builds an in-memory index over every sentence (headings included) and every fact of {@code corpus}. */
    public static CorpusIndex build(Corpus corpus) {
        TextAnalysis analysis = TextAnalysis.withSynonyms(corpus.synonymRules());
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        // no compound file: the one segment a corpus of this size flushes to is then already what
        // forceMerge(1) asks for, instead of being copied once more into a non-compound one
        try (IndexWriter writer = new IndexWriter(dir,
                IndexStore.config(analysis.indexAnalyzer()).setRAMBufferSizeMB(256).setUseCompoundFile(false))) {
            ArticleDocs docs = new ArticleDocs(corpus);
            for (Article a : corpus.articles()) {
                writer.addDocuments(docs.of(a));
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            return new CorpusIndex(corpus, analysis, reader, () -> decRef(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void decRef(DirectoryReader reader) {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The Lucene reader this view searches. */
    DirectoryReader reader() {
        return reader;
    }

    public TextAnalysis analysis() {
        return analysis;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Sentence sentence(int ord) {
        return sentences.sentence(ord);
    }

    public Set<String> sentenceTerms(int ord) {
        return readings.terms(ord, sentences.sentence(ord));
    }

    /** What is read off sentence {@code ord}: clauses, dates, names, figures, quotations. */
    public SentenceReading reading(int ord) {
        return readings.reading(ord, sentences.article(ord), sentences.sentence(ord).number());
    }

    /** The position of a sentence in the index (an article's sentences are contiguous, in order). */
    public int ord(Sentence s) {
        int ord = sentences.ord(s.articleId(), s.number());
        if (ord < 0) {
            throw new IllegalArgumentException("no article " + s.articleId());
        }
        return ord;
    }

    /** The terms of the heading the sentence stands under ("What Comes Next"), or none. */
    public Set<String> headingTerms(int ord) {
        Sentence s = sentences.sentence(ord);
        Article a = sentences.article(ord);
        for (int n = s.number() - 1; n >= 1; n--) {
            if (a.sentence(n).heading()) {
                return sentenceTerms(ord - (s.number() - n));
            }
        }
        return Set.of();
    }

    /** The analyzed terms of an article's title. */
    public Set<String> titleTerms(String articleId) {
        int ord = sentences.ord(articleId, 1);
        return ord < 0 ? Set.of() : readings.title(sentences.article(ord));
    }

    public Fact fact(int ord) {
        return corpus.facts().get(ord);
    }

    public FactTerms factTerms(int ord) {
        FactTerms t = factTerms.get(ord);
        if (t == null) {
            Fact f = fact(ord);
            t = new FactTerms(
                    new HashSet<>(analysis.indexTerms(f.subject())),
                    new HashSet<>(analysis.indexTerms(f.value())),
                    new HashSet<>(analysis.indexTerms(f.context() + (f.side() == null ? "" : " " + f.side()))),
                    sentenceTerms(ord(f.sentence())));
            factTerms.compareAndSet(ord, null, t);
            t = factTerms.get(ord);
        }
        return t;
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** How many sentences use the (analyzed) term, as the index counts them. */
    private int df(String term) {
        Integer n = df.get(term);
        if (n == null) {
            try {
                n = reader.docFreq(new Term(Fields.TEXT, term));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (df.size() >= DF_CACHE) {
                df.clear();
            }
            df.put(term, n);
        }
        return n;
    }

    /** How rare a term is among sentences; unknown terms count as the rarest. */
    public float idf(String term) {
        int n = df(term);
        return n == 0 ? maxIdf : idf(n, Math.max(sentences.size(), 1));
    }

    /** The share of sentences that use the (analyzed) term, in [0, 1]. */
    public double sentenceShare(String term) {
        return sentences.size() == 0 ? 0 : df(term) / (double) sentences.size();
    }

    /** Whether any sentence uses the (analyzed) term. */
    public boolean knows(String term) {
        return df(term) > 0;
    }

    /** The best sentences (headings excluded) for the analyzed terms, by BM25. */
    public List<Hit> searchSentences(Collection<String> terms, int n) {
        return searchSentences(terms, n, Set.of());
    }

    /**
     * The best sentences of the given articles (of any article when empty) for the analyzed terms,
     * by BM25. Only sentence documents have text, so no filter on the document type is needed.
     */
    public List<Hit> searchSentences(Collection<String> terms, int n, Set<String> articleIds) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Query q = termsQuery(Fields.TEXT, terms);
        if (!articleIds.isEmpty()) {
            // a filter never scores; a set of terms has no clause limit (a round's place may select thousands of articles)
            List<BytesRef> ids = new ArrayList<>(articleIds.size());
            articleIds.forEach(id -> ids.add(new BytesRef(id)));
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(q, Occur.MUST);
            b.add(new org.apache.lucene.search.TermInSetQuery(Fields.ARTICLE, ids), Occur.FILTER);
            q = b.build();
        }
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : search(q, n * 2).scoreDocs) {
            int ord = sentenceOrd(sd.doc);
            if (ord >= 0 && !sentences.sentence(ord).heading()) {
                hits.add(new Hit(ord, sd.score));
            }
            if (hits.size() == n) {
                break;
            }
        }
        return hits;
    }

    /** The position of the sentence a document indexes, or -1 when the corpus of this view lacks it. */
    private int sentenceOrd(int doc) {
        try {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            int d = doc - leaf.docBase;
            SortedDocValues article = leaf.reader().getSortedDocValues(Fields.ARTICLE);
            NumericDocValues number = leaf.reader().getNumericDocValues(Fields.NUMBER);
            if (article == null || number == null || !article.advanceExact(d) || !number.advanceExact(d)) {
                return -1;
            }
            return sentences.ord(article.lookupOrd(article.ordValue()).utf8ToString(), (int) number.longValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int factOrd(int doc) {
        try {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            SortedDocValues id = leaf.reader().getSortedDocValues(Fields.FACT_ID);
            if (id == null || !id.advanceExact(doc - leaf.docBase)) {
                return -1;
            }
            return factOrd.getOrDefault(id.lookupOrd(id.ordValue()).utf8ToString(), -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best facts of the given kinds for the analyzed terms, by BM25 over their subject, context
     * and value, indexed as one field: one term lookup per word. The answer ranks these candidates
     * itself, weighing each part of a fact.
     */
    public List<Hit> searchFacts(Collection<String> terms, Set<FactKind> kinds, int n) {
        if (terms.isEmpty() || kinds.isEmpty() || corpus.facts().isEmpty()) {
            return List.of();
        }
        Query q = termsQuery(Fields.FACT, terms);
        if (!kinds.containsAll(ALL_KINDS)) {
            // Only facts have these fields and every fact has a kind: with every kind allowed the
            // filter (which never scores) changes nothing, and costs a term lookup per kind.
            BooleanQuery.Builder kindFilter = new BooleanQuery.Builder();
            for (FactKind k : kinds) {
                kindFilter.add(new TermQuery(new Term(Fields.KIND, k.wireName())), Occur.SHOULD);
            }
            BooleanQuery.Builder filtered = new BooleanQuery.Builder();
            filtered.add(q, Occur.MUST);
            filtered.add(kindFilter.build(), Occur.FILTER);
            q = filtered.build();
        }
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : search(q, n).scoreDocs) {
            int ord = factOrd(sd.doc);
            if (ord >= 0) {
                hits.add(new Hit(ord, sd.score));
            }
        }
        return hits;
    }

    /** One plain BM25 query of a question's words over the sentences: the benchmark's floor. */
    public TopDocs rawSearch(String question, int n) {
        List<String> terms = analysis.queryTerms(question);
        if (terms.isEmpty()) {
            return new TopDocs(new org.apache.lucene.search.TotalHits(0, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        }
        return search(termsQuery(Fields.TEXT, terms), n);
    }

    private static Query termsQuery(String field, Collection<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (String t : terms) {
            if (seen.add(t) && seen.size() <= MAX_CLAUSES) {
                b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
            }
        }
        return b.build();
    }

    private TopDocs search(Query q, int n) {
        try {
            return searcher.search(q, Math.max(1, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Holds this view's reader open for one more user (a question being answered); false when the
     * view is already closed and its reader gone. Each true must be matched by one {@link #release}.
     */
    public boolean tryRetain() {
        return reader.tryIncRef();
    }

    /** Lets go of a hold taken by {@link #tryRetain}; the last one closes the reader of a closed view. */
    public void release() {
        decRef(reader);
    }

    /** Gives up the view's own hold on its reader: it closes once no search holds it either. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            giveBack.run();
        }
    }
}
