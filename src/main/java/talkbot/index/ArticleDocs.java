package talkbot.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.Fact;
import talkbot.corpus.Sentence;

/**
 * The Lucene documents of one article, as one block: its sentences in order, its facts, then the
 * article document with the fingerprint of all that ({@link Fields}). The same for the on-disk
 * index and the in-memory one, so both search alike.
 */
final class ArticleDocs {
    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setOmitNorms(true);
        WORDS_TYPE.freeze();
    }

    private final Map<String, List<Fact>> factsByArticle = new HashMap<>();

    ArticleDocs(Corpus corpus) {
        for (Fact f : corpus.facts()) {
            factsByArticle.computeIfAbsent(f.sentence().articleId(), k -> new ArrayList<>()).add(f);
        }
    }

    /** The facts whose sentence is in the article, in corpus order. */
    List<Fact> facts(String articleId) {
        return factsByArticle.getOrDefault(articleId, List.of());
    }

    /** What changes when anything indexed (or shown) of the article changes: its text, metadata and facts. */
    String fingerprint(Article a) {
        Hash h = new Hash();
        h.add(Integer.toString(IndexStore.FORMAT));
        h.add(a.id()).add(a.info().title()).add(a.info().published().toString()).add(a.info().source()).add(a.info().url());
        for (Sentence s : a.sentences()) {
            h.add(s.number() + (s.heading() ? "h" : "s")).add(s.text());
        }
        for (Fact f : facts(a.id())) {
            h.add(f.id()).add(f.kind().wireName()).add(f.subject()).add(f.value()).add(String.valueOf(f.side()))
                    .add(Boolean.toString(f.lead())).add(f.context()).add(Integer.toString(f.sentence().number()));
        }
        return h.hex();
    }

    /** The words the article's documents give the spelling vocabulary, with their counts: what its {@code words} fields hold. */
    Map<String, Integer> words(Article a) {
        Map<String, Integer> out = new HashMap<>();
        for (Sentence s : a.sentences()) {
            Vocabulary.words(s.text()).forEach(w -> out.merge(w, 1, Integer::sum));
        }
        for (Fact f : facts(a.id())) {
            Vocabulary.words(f.subject() + " " + f.value() + " " + f.context()).forEach(w -> out.merge(w, 1, Integer::sum));
        }
        return out;
    }

    /** The block of documents for the article. */
    List<Document> of(Article a) {
        List<Document> block = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            Document d = new Document();
            d.add(new StringField(Fields.TYPE, Fields.TYPE_SENTENCE, Field.Store.NO));
            addArticle(d, a.id());
            d.add(new NumericDocValuesField(Fields.NUMBER, s.number()));
            d.add(new TextField(Fields.TEXT, s.text(), Field.Store.NO));
            d.add(words(s.text()));
            block.add(d);
        }
        for (Fact f : facts(a.id())) {
            String context = f.context() + (f.side() == null ? "" : " " + f.side());
            Document d = new Document();
            d.add(new StringField(Fields.TYPE, Fields.TYPE_FACT, Field.Store.NO));
            addArticle(d, a.id());
            d.add(new StringField(Fields.KIND, f.kind().wireName(), Field.Store.NO));
            d.add(new SortedDocValuesField(Fields.FACT_ID, new BytesRef(f.id())));
            d.add(new TextField(Fields.FACT, f.subject() + "\n" + context + "\n" + f.value(), Field.Store.NO));
            d.add(words(f.subject() + " " + f.value() + " " + f.context()));
            block.add(d);
        }
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
        addArticle(d, a.id());
        d.add(new BinaryDocValuesField(Fields.HASH, new BytesRef(fingerprint(a))));
        block.add(d);
        return block;
    }

    private static void addArticle(Document d, String id) {
        d.add(new StringField(Fields.ARTICLE, id, Field.Store.NO));
        d.add(new SortedDocValuesField(Fields.ARTICLE, new BytesRef(id)));
    }

    private static Field words(String text) {
        return new Field(Fields.WORDS, new WordStream(Vocabulary.words(text)), WORDS_TYPE);
    }

    /** The words as given, one token each: the spelling vocabulary counts exactly what {@link Vocabulary#words} reads. */
    private static final class WordStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> words;
        private Iterator<String> it;

        WordStream(List<String> words) {
            this.words = words;
        }

        @Override
        public void reset() {
            it = words.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (it == null || !it.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(it.next());
            return true;
        }
    }

    /** Two 64-bit FNV-1a style hashes with different seeds, mixed: 128 bits, enough to tell a change. */
    static final class Hash {
        private long a = 0xcbf29ce484222325L;
        private long b = 0x84222325cbf29ce4L;

        Hash add(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                a = (a ^ c) * 0x100000001b3L;
                b = (b ^ c) * 0x9E3779B97F4A7C15L;
            }
            a = (a ^ 0x1_0000) * 0x100000001b3L; // a separator (no char), so ("ab", "c") differs from ("a", "bc")
            b = (b ^ s.length()) * 0x9E3779B97F4A7C15L;
            return this;
        }

        String hex() {
            return String.format("%016x%016x", mix(a), mix(b));
        }

        private static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }
    }
}
