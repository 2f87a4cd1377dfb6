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
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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
 * The in-memory Lucene index over the corpus's sentences and facts, with what answering needs
 * beside it: each document's analyzed terms (to measure how much of a question it covers), the
 * inverse document frequency of every term, and the vocabulary for spelling correction.
 * Immutable once built and safe for concurrent searches.
 */
public final class CorpusIndex implements AutoCloseable {
    private static final int MAX_CLAUSES = 64;
    private static final Set<FactKind> ALL_KINDS = java.util.EnumSet.allOf(FactKind.class);

    private final Corpus corpus;
    private final TextAnalysis analysis;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<Sentence> sentences;
    private final List<Set<String>> sentenceTerms;
    private final List<SentenceReading> readings;
    /** Per article: the position of its first sentence, and its title's terms. */
    private final Map<String, Integer> firstSentence = new HashMap<>();
    private final Map<String, Set<String>> titleTerms = new HashMap<>();
    private final List<FactTerms> factTerms;
    private final Map<String, Float> idf;
    private final Map<String, Integer> df = new HashMap<>();
    private final float maxIdf;
    private final Vocabulary vocabulary;
    /** Lucene doc id → position in the sentence or fact list (the {@link Fields#ORD} doc value). */
    private final int[] docOrd;
    /**
     * Whether no document but a sentence has {@link Fields#TEXT} terms (checked at build). Then a
     * sentence search needs no filter on the document type: the filter never scores, so it would
     * change nothing, but it costs an intersection with every sentence (half the search time at
     * 160,000 sentences).
     */
    private final boolean onlySentencesHaveText;

    /** The analyzed terms of a fact's parts. */
    public record FactTerms(Set<String> subject, Set<String> value, Set<String> context, Set<String> sentence) {}

    private CorpusIndex(Corpus corpus, TextAnalysis analysis, DirectoryReader reader, List<Sentence> sentences,
            List<Set<String>> sentenceTerms, List<SentenceReading> readings, List<FactTerms> factTerms, Vocabulary vocabulary) {
        this.corpus = corpus;
        this.analysis = analysis;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.sentences = sentences;
        this.sentenceTerms = sentenceTerms;
        this.readings = readings;
        for (int i = sentences.size() - 1; i >= 0; i--) {
            firstSentence.put(sentences.get(i).articleId(), i);
        }
        for (Article a : corpus.articles()) {
            titleTerms.put(a.id(), Set.copyOf(analysis.indexTerms(a.info().title())));
        }
        this.factTerms = factTerms;
        this.vocabulary = vocabulary;
        this.idf = new HashMap<>();
        this.docOrd = new int[reader.maxDoc()];
        float max = 0;
        try {
            int n = sentences.size();
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(Fields.TEXT);
                NumericDocValues ords = leaf.reader().getNumericDocValues(Fields.ORD);
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    ords.advanceExact(d);
                    docOrd[leaf.docBase + d] = (int) ords.longValue();
                }
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    df.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                float v = idf(e.getValue(), Math.max(n, 1));
                idf.put(e.getKey(), v);
                max = Math.max(max, v);
            }
            max = Math.max(max, idf(0, Math.max(n, 1)));
            long sentencesWithText = sentenceTerms.stream().filter(t -> !t.isEmpty()).count();
            this.onlySentencesHaveText = reader.getDocCount(Fields.TEXT) == sentencesWithText;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.maxIdf = max;
    }

    private static float idf(int df, int n) {
        return (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /** Builds the index over every sentence (headings included) and every fact of {@code corpus}. */
    public static CorpusIndex build(Corpus corpus) {
        TextAnalysis analysis = TextAnalysis.withSynonyms(corpus.synonymRules());
        List<Sentence> sentences = new ArrayList<>();
        List<Set<String>> sentenceTerms = new ArrayList<>();
        List<SentenceReading> readings = new ArrayList<>();
        SentenceReader reader = new SentenceReader(analysis, new talkbot.reading.NameFinder(corpus.knownNames()));
        List<FactTerms> factTerms = new ArrayList<>();
        Vocabulary vocabulary = new Vocabulary();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
        config.setRAMBufferSizeMB(256);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Article a : corpus.articles()) {
                readings.addAll(reader.read(a));
                for (Sentence s : a.sentences()) {
                    Document d = new Document();
                    d.add(new NumericDocValuesField(Fields.ORD, sentences.size()));
                    d.add(new StringField(Fields.TYPE, Fields.TYPE_SENTENCE, Field.Store.NO));
                    d.add(new StringField(Fields.ARTICLE, a.id(), Field.Store.NO));
                    d.add(new TextField(Fields.TEXT, s.text(), Field.Store.NO));
                    writer.addDocument(d);
                    sentences.add(s);
                    sentenceTerms.add(new HashSet<>(analysis.indexTerms(s.text())));
                    vocabulary.add(s.text());
                }
            }
            List<Fact> facts = corpus.facts();
            for (int i = 0; i < facts.size(); i++) {
                Fact f = facts.get(i);
                Document d = new Document();
                d.add(new NumericDocValuesField(Fields.ORD, i));
                d.add(new StringField(Fields.TYPE, Fields.TYPE_FACT, Field.Store.NO));
                d.add(new StringField(Fields.KIND, f.kind().wireName(), Field.Store.NO));
                d.add(new TextField(Fields.FACT, f.subject() + "\n" + f.context() + (f.side() == null ? "" : " " + f.side())
                        + "\n" + f.value(), Field.Store.NO));
                writer.addDocument(d);
                factTerms.add(new FactTerms(
                        new HashSet<>(analysis.indexTerms(f.subject())),
                        new HashSet<>(analysis.indexTerms(f.value())),
                        new HashSet<>(analysis.indexTerms(f.context() + (f.side() == null ? "" : " " + f.side()))),
                        sentenceTerms.get(indexOf(sentences, f.sentence()))));
                vocabulary.add(f.subject() + " " + f.value() + " " + f.context());
            }
            corpus.entities().forEach(e -> e.names().forEach(vocabulary::add));
            corpus.synonymRules().forEach(vocabulary::add);
            TextAnalysis.builtInRules().forEach(vocabulary::add);
            vocabulary.prepare();
            writer.forceMerge(1);
            writer.commit();
            return new CorpusIndex(corpus, analysis, DirectoryReader.open(dir), sentences, sentenceTerms, readings, factTerms,
                    vocabulary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(List<Sentence> sentences, Sentence s) {
        // facts come after their article's sentences were added; search from the end
        for (int i = sentences.size() - 1; i >= 0; i--) {
            Sentence c = sentences.get(i);
            if (c.number() == s.number() && c.articleId().equals(s.articleId())) {
                return i;
            }
        }
        throw new IllegalStateException("fact sentence not indexed: " + s);
    }

    public Corpus corpus() {
        return corpus;
    }

    public TextAnalysis analysis() {
        return analysis;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Sentence sentence(int ord) {
        return sentences.get(ord);
    }

    public Set<String> sentenceTerms(int ord) {
        return sentenceTerms.get(ord);
    }

    /** What was read off sentence {@code ord} at build: clauses, dates, names, figures, quotations. */
    public SentenceReading reading(int ord) {
        return readings.get(ord);
    }

    /** The position of a sentence in the index (an article's sentences are contiguous, in order). */
    public int ord(Sentence s) {
        Integer first = firstSentence.get(s.articleId());
        if (first == null) {
            throw new IllegalArgumentException("no article " + s.articleId());
        }
        return first + s.number() - 1;
    }

    /** The terms of the heading the sentence stands under ("What Comes Next"), or none. */
    public Set<String> headingTerms(int ord) {
        Sentence s = sentences.get(ord);
        for (int i = ord - 1; i >= 0 && sentences.get(i).articleId().equals(s.articleId()); i--) {
            if (sentences.get(i).heading()) {
                return sentenceTerms.get(i);
            }
        }
        return Set.of();
    }

    /** The analyzed terms of an article's title. */
    public Set<String> titleTerms(String articleId) {
        return titleTerms.getOrDefault(articleId, Set.of());
    }

    public Fact fact(int ord) {
        return corpus.facts().get(ord);
    }

    public FactTerms factTerms(int ord) {
        return factTerms.get(ord);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    boolean onlySentencesHaveText() {
        return onlySentencesHaveText;
    }

    /** How rare a term is among sentences; unknown terms count as the rarest. */
    public float idf(String term) {
        return idf.getOrDefault(term, maxIdf);
    }

    /** The share of sentences that use the (analyzed) term, in [0, 1]. */
    public double sentenceShare(String term) {
        return sentences.isEmpty() ? 0 : df.getOrDefault(term, 0) / (double) sentences.size();
    }

    /** Whether any sentence uses the (analyzed) term. */
    public boolean knows(String term) {
        return idf.containsKey(term);
    }

    /** The best sentences (headings excluded) for the analyzed terms, by BM25. */
    public List<Hit> searchSentences(Collection<String> terms, int n) {
        return searchSentences(terms, n, Set.of());
    }

    /** The best sentences of the given articles (of any article when empty) for the analyzed terms, by BM25. */
    public List<Hit> searchSentences(Collection<String> terms, int n, Set<String> articleIds) {
        if (terms.isEmpty()) {
            return List.of();
        }
        Query q = termsQuery(Fields.TEXT, terms, 1f);
        if (!articleIds.isEmpty()) {
            BooleanQuery.Builder in = new BooleanQuery.Builder();
            for (String id : articleIds) {
                in.add(new TermQuery(new Term(Fields.ARTICLE, id)), Occur.SHOULD);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(q, Occur.MUST);
            b.add(in.build(), Occur.FILTER);
            q = b.build();
        } else if (!onlySentencesHaveText) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(q, Occur.MUST);
            b.add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SENTENCE)), Occur.FILTER);
            q = b.build();
        }
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : search(q, n * 2).scoreDocs) {
            int ord = docOrd[sd.doc];
            if (!sentences.get(ord).heading()) {
                hits.add(new Hit(ord, sd.score));
            }
            if (hits.size() == n) {
                break;
            }
        }
        return hits;
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
        Query q = termsQuery(Fields.FACT, terms, 1f);
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
            hits.add(new Hit(docOrd[sd.doc], sd.score));
        }
        return hits;
    }

    /** One plain BM25 query of a question's words over the sentences: the benchmark's floor. */
    public TopDocs rawSearch(String question, int n) {
        List<String> terms = analysis.queryTerms(question);
        if (terms.isEmpty()) {
            return new TopDocs(new org.apache.lucene.search.TotalHits(0, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
        }
        return search(termsQuery(Fields.TEXT, terms, 1f), n);
    }

    private static Query termsQuery(String field, Collection<String> terms, float boost) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (String t : terms) {
            if (seen.add(t) && seen.size() <= MAX_CLAUSES) {
                b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
            }
        }
        Query q = b.build();
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    private TopDocs search(Query q, int n) {
        try {
            return searcher.search(q, Math.max(1, n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
