package talkbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;

/**
 * The Lucene index kept on disk (memory-mapped, in {@code TALKBOT_DATA_DIR/index}), opened at
 * start instead of rebuilt and kept in step with the corpus article by article: {@link #sync}
 * indexes the articles that are new or changed (by their fingerprint) and deletes those that
 * are gone, then commits and refreshes the near-real-time reader, so a new {@link #view} shares
 * every unchanged segment with the last. An index of another format, or one that cannot be read
 * (a file corrupt or missing), is rebuilt from the corpus with one log line; so is every article
 * when the corpus's synonyms change (they change how text is indexed). One writer: a second
 * process opening the same folder fails with {@link IndexException}.
 */
public final class IndexStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);
    /** The layout of the index's documents: raise it when {@link ArticleDocs} or the analysis changes. */
    static final int FORMAT = 3;
    static final String FORMAT_KEY = "talkbot.format";
    static final String ANALYSIS_KEY = "talkbot.analysis";

    private final Path dir;
    private final Directory directory;
    private final SwitchableAnalyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Article id → the fingerprint of what the index holds of it. */
    private final Map<String, String> indexed;
    private final boolean rebuilt;
    /**
     * The fingerprint last worked out per article id, with the article and facts it was worked out
     * from: an article carried over unchanged (the same objects) from the last corpus is not hashed again.
     */
    private final Map<String, Printed> printed = new HashMap<>();

    private record Printed(Article article, List<talkbot.corpus.Fact> facts, String fingerprint) {}

    /**
     * The spelling vocabulary of the last view, the names it counts, and the words of the articles
     * added since: while syncs only add articles, the next view's vocabulary is this one plus
     * those words ({@link Vocabulary#plus}) instead of every word of the index read again.
     */
    private Vocabulary vocabulary;
    private Map<String, Integer> vocabularyNames = Map.of();
    private final Map<String, Integer> addedWords = new HashMap<>();
    private boolean vocabularyStale = true;
    /** Once the words added reach this share of the whole vocabulary, it is built whole again. */
    private static final double REBUILD_SHARE = 0.2;
    private String analysisKey;
    private TextAnalysis analysis;

    /** What one {@link #sync} did. */
    public record Sync(int added, int replaced, int removed, int unchanged) {
        public boolean changed() {
            return added + replaced + removed > 0;
        }

        @Override
        public String toString() {
            return added + " added, " + replaced + " replaced, " + removed + " removed, " + unchanged + " unchanged";
        }
    }

    private IndexStore(Path dir, Directory directory, IndexWriter writer, SwitchableAnalyzer analyzer, boolean rebuilt)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.rebuilt = rebuilt;
        this.searchers = new SearcherManager(writer, null);
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        this.analysisKey = data.getOrDefault(ANALYSIS_KEY, "");
        this.indexed = articles();
    }

    /**
     * Opens the index in {@code dir} (created when missing), or rebuilds it empty — with one log
     * line — when it is of another format or cannot be read; {@link #sync} then fills it.
     */
    public static IndexStore open(Path dir) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            boolean rebuild;
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                String problem = problem(directory);
                rebuild = problem != null;
                if (rebuild) {
                    LOG.warn("index: rebuilding {} from the corpus: {}", dir, problem);
                    for (String f : directory.listAll()) {
                        if (!f.equals(IndexWriter.WRITE_LOCK_NAME)) {
                            directory.deleteFile(f);
                        }
                    }
                }
            }
            SwitchableAnalyzer analyzer = new SwitchableAnalyzer();
            IndexWriterConfig config = config(analyzer).setOpenMode(
                    rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            return new IndexStore(dir, directory, new IndexWriter(directory, config), analyzer, rebuild);
        } catch (LockObtainFailedException e) {
            close(directory);
            throw new IndexException("index " + dir + " is in use by another talkbot process");
        } catch (IOException | RuntimeException e) {
            close(directory);
            throw new IndexException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Why the index in {@code d} cannot be used as it is; null when it can (or there is none yet). */
    private static String problem(Directory d) {
        try {
            if (!DirectoryReader.indexExists(d)) {
                return d.listAll().length > 1 ? "no readable commit" : null; // only write.lock: a new index
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(d);
            String format = commit.getUserData().get(FORMAT_KEY);
            if (!String.valueOf(FORMAT).equals(format)) {
                return "its format is " + (format == null ? "unknown" : format) + ", this version writes " + FORMAT;
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                for (LeafReaderContext leaf : r.leaves()) {
                    leaf.reader().checkIntegrity(); // every file's checksum
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "it cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    /** The writer settings of both indexes: merges keep documents in the order they were added. */
    static IndexWriterConfig config(Analyzer analyzer) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setMergePolicy(new LogByteSizeMergePolicy());
        c.setRAMBufferSizeMB(64);
        return c;
    }

    public Path dir() {
        return dir;
    }

    /** Whether opening found the index unusable and started it again empty. */
    public boolean rebuilt() {
        return rebuilt;
    }

    /** How many articles the index holds. */
    public synchronized int articleCount() {
        return indexed.size();
    }

    /**
     * Makes the index hold exactly the corpus's articles: new and changed ones (re)indexed,
     * removed ones deleted, each article's documents replaced as a block by its id. Commits and
     * refreshes the reader when anything changed.
     */
    public synchronized Sync sync(Corpus corpus) {
        long start = System.nanoTime();
        try {
            String key = analysisKey(corpus.synonymRules());
            if (analysis == null || !key.equals(analysisKey)) {
                analysis = TextAnalysis.withSynonyms(corpus.synonymRules());
                analyzer.use(analysis.indexAnalyzer());
                vocabularyStale = true;
                if (!key.equals(analysisKey) && !indexed.isEmpty()) {
                    LOG.info("index: the synonyms changed: indexing every article again");
                    writer.deleteAll();
                    indexed.clear();
                }
                analysisKey = key;
            }
            ArticleDocs docs = new ArticleDocs(corpus);
            int added = 0;
            int replaced = 0;
            int unchanged = 0;
            Set<String> ids = new HashSet<>();
            for (Article a : corpus.articles()) {
                ids.add(a.id());
                String fingerprint = fingerprint(docs, a);
                String was = indexed.get(a.id());
                if (fingerprint.equals(was)) {
                    unchanged++;
                    continue;
                }
                if (was == null) {
                    writer.addDocuments(docs.of(a));
                    added++;
                    if (!vocabularyStale) {
                        docs.words(a).forEach((w, c) -> addedWords.merge(w, c, Integer::sum));
                    }
                } else {
                    writer.updateDocuments(new Term(Fields.ARTICLE, a.id()), docs.of(a));
                    replaced++;
                    vocabularyStale = true; // a changed article's old words are still counted: count again
                }
                indexed.put(a.id(), fingerprint);
            }
            printed.keySet().retainAll(ids);
            int removed = 0;
            for (var it = indexed.keySet().iterator(); it.hasNext(); ) {
                String id = it.next();
                if (!ids.contains(id)) {
                    writer.deleteDocuments(new Term(Fields.ARTICLE, id));
                    it.remove();
                    removed++;
                    vocabularyStale = true;
                }
            }
            Sync sync = new Sync(added, replaced, removed, unchanged);
            if (sync.changed() || writer.hasUncommittedChanges()) {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, String.valueOf(FORMAT), ANALYSIS_KEY, analysisKey).entrySet());
                writer.commit();
                searchers.maybeRefreshBlocking();
                LOG.info("index: {} in {} ms", sync, (System.nanoTime() - start) / 1_000_000);
            }
            return sync;
        } catch (IOException e) {
            throw new UncheckedIOException("index " + dir + ": " + e.getMessage(), e);
        }
    }

    private String fingerprint(ArticleDocs docs, Article a) {
        List<talkbot.corpus.Fact> facts = docs.facts(a.id());
        Printed p = printed.get(a.id());
        if (p != null && p.article() == a && sameObjects(p.facts(), facts)) {
            return p.fingerprint();
        }
        String f = docs.fingerprint(a);
        printed.put(a.id(), new Printed(a, facts, f));
        return f;
    }

    private static boolean sameObjects(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A view of the index as the last {@link #sync} left it, for {@code corpus} (the corpus that
     * sync was given). It holds its reader until it is closed and no search holds it.
     */
    public synchronized CorpusIndex view(Corpus corpus) {
        if (analysis == null) {
            throw new IllegalStateException("sync the corpus first");
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                DirectoryReader reader = (DirectoryReader) s.getIndexReader();
                return new CorpusIndex(corpus, analysis, reader, () -> release(s), vocabulary(reader, corpus));
            } catch (RuntimeException e) {
                release(s);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spelling vocabulary of the reader as the last sync left it, for {@code corpus}: the last one plus what was added, or whole. */
    private Vocabulary vocabulary(DirectoryReader reader, Corpus corpus) {
        Map<String, Integer> names = new HashMap<>();
        CorpusIndex.nameTexts(corpus).forEach(n -> names.merge(n, 1, Integer::sum));
        List<String> newNames = new ArrayList<>();
        boolean namesLost = false;
        for (Map.Entry<String, Integer> e : vocabularyNames.entrySet()) {
            namesLost |= names.getOrDefault(e.getKey(), 0) < e.getValue();
        }
        names.forEach((n, c) -> {
            for (int i = vocabularyNames.getOrDefault(n, 0); i < c; i++) {
                newNames.add(n);
            }
        });
        if (vocabulary != null && !vocabularyStale && !namesLost) {
            if (addedWords.isEmpty() && newNames.isEmpty()) {
                return vocabulary;
            }
            Vocabulary next = vocabulary.plus(addedWords, newNames);
            if (next.added() < REBUILD_SHARE * vocabulary.size()) {
                vocabulary = next;
                vocabularyNames = Map.copyOf(names);
                addedWords.clear();
                return next;
            }
        }
        vocabulary = CorpusIndex.vocabulary(reader, corpus);
        vocabularyNames = Map.copyOf(names);
        addedWords.clear();
        vocabularyStale = false;
        return vocabulary;
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article id → fingerprint of every article document the index holds. */
    private Map<String, String> articles() throws IOException {
        Map<String, String> out = new HashMap<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                TermsEnum types = leaf.reader().terms(Fields.TYPE) == null ? null : leaf.reader().terms(Fields.TYPE).iterator();
                if (types == null || !types.seekExact(new BytesRef(Fields.TYPE_ARTICLE))) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ARTICLE);
                BinaryDocValues hashes = leaf.reader().getBinaryDocValues(Fields.HASH);
                PostingsEnum docs = types.postings(null, PostingsEnum.NONE);
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    if ((live == null || live.get(d)) && ids.advanceExact(d) && hashes.advanceExact(d)) {
                        out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashes.binaryValue().utf8ToString());
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    private static String analysisKey(List<String> corpusRules) {
        ArticleDocs.Hash h = new ArticleDocs.Hash();
        TextAnalysis.builtInRules().forEach(h::add);
        h.add("phrasal verbs");
        PhrasalVerbs.lines().forEach(h::add);
        h.add("phrases");
        talkbot.lexicon.Phrases.lines().forEach(h::add);
        h.add("corpus");
        corpusRules.forEach(h::add);
        return h.hex();
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            LOG.warn("index: closing {}: {}", dir, e.getMessage());
        } finally {
            close(directory);
        }
    }

    private static void close(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    /** Indexes with the analysis of the corpus being synced: its synonyms can change between syncs. */
    private static final class SwitchableAnalyzer extends DelegatingAnalyzerWrapper {
        private volatile Analyzer current;

        SwitchableAnalyzer() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        void use(Analyzer a) {
            current = a;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            if (current == null) {
                throw new IllegalStateException("no analysis yet");
            }
            return current;
        }
    }
}
