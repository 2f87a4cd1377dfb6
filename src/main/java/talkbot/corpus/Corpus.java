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
public record Corpus(List<Article> articles, List<Fact> facts, List<Entity> entities, List<String> synonymRules) {
    public Corpus {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        synonymRules = List.copyOf(synonymRules);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a corpus needs at least one article");
        }
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
        return new Corpus(new ArrayList<>(all.values()), facts, entities, synonymRules);
    }
}
