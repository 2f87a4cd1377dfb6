package talkbot.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the bot knows: the articles, the facts about them, the entities they name, and the
 * synonym rules for search (Solr format, one rule a line).
 */
public record Corpus(List<Article> articles, List<Fact> facts, List<Entity> entities, List<String> synonymRules,
        List<Round> rounds) {
    public Corpus {
        articles = List.copyOf(articles);
        rounds = List.copyOf(rounds);
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        synonymRules = List.copyOf(synonymRules);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a corpus needs at least one article");
        }
    }

    /** A corpus whose rounds are read off its articles with what its entities know. */
    public Corpus(List<Article> articles, List<Fact> facts, List<Entity> entities, List<String> synonymRules) {
        this(articles, facts, entities, synonymRules, roundsOf(articles, entities));
    }

    /** What the corpus's entities make of a name: a person, a place, an organisation ... */
    public talkbot.reading.KnownNames knownNames() {
        return bookOf(entities);
    }

    private static EntityBook bookOf(List<Entity> entities) {
        EntityBook book = new EntityBook();
        entities.forEach(book::declare);
        return book;
    }

    private static List<Round> roundsOf(List<Article> articles, List<Entity> entities) {
        EntityBook book = bookOf(entities);
        List<Round> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(Rounds.of(a, book));
        }
        return out;
    }

    /** The event article {@code id} reports. */
    public Round round(String id) {
        for (Round r : rounds) {
            if (r.articleId().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no article " + id);
    }

    public List<ArticleInfo> infos() {
        List<ArticleInfo> out = new ArrayList<>();
        for (Article a : articles) {
            out.add(a.info());
        }
        return out;
    }

    public Article article(String id) {
        for (Article a : articles) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no article " + id);
    }

    public Citation cite(Sentence s) {
        return article(s.articleId()).cite(s);
    }

    /** A corpus with more articles (no facts): the benchmark grows the corpus with it. */
    public Corpus withArticles(List<Article> more) {
        Map<String, Article> all = new LinkedHashMap<>();
        for (Article a : articles) {
            all.put(a.id(), a);
        }
        for (Article a : more) {
            all.put(Objects.requireNonNull(a).id(), a);
        }
        Map<String, Round> rounds = new LinkedHashMap<>();
        for (Round r : this.rounds) {
            rounds.put(r.articleId(), r);
        }
        EntityBook book = bookOf(entities);
        for (Article a : more) {
            rounds.remove(a.id()); // a replaced article's round goes last, as a new one's does
            rounds.put(a.id(), Rounds.of(a, book));
        }
        return new Corpus(new ArrayList<>(all.values()), facts, entities, synonymRules, new ArrayList<>(rounds.values()));
    }
}
