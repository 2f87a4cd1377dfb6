package talkbot.intent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import talkbot.corpus.Entity;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.index.CorpusIndex;
import talkbot.index.Vocabulary;

/**
 * Resolves a title to the one person who holds it: "the Chinese president" is Xi Jinping, "the US
 * Trade Representative" Jamieson Greer — from the role facts. A title several people hold, with
 * nothing in the question to tell them apart ("the president"), resolves to no one.
 */
final class TitleResolver {
    private record Holder(Entity person, Set<String> titleTerms, Entity side) {}

    private final List<Holder> holders = new ArrayList<>();
    /**
     * A one-word title at least this common names no one: "leader" and "head" are searched as
     * "lead", which half the sentences use ("the group represents", "who headed the talks").
     */
    private static final float GENERIC_IDF = 2.5f;

    TitleResolver(CorpusIndex index, EntityMatcher matcher) {
        for (Fact f : index.corpus().facts()) {
            if (f.kind() != FactKind.ROLE) {
                continue;
            }
            Set<Entity> person = matcher.find(Vocabulary.words(f.subject()));
            if (person.size() != 1 || person.iterator().next().type() != Entity.EntityType.PERSON) {
                continue;
            }
            Set<Entity> side = f.side() == null ? Set.of() : matcher.find(Vocabulary.words(f.side()));
            Set<String> terms = new HashSet<>(index.analysis().queryTerms(f.value()));
            boolean generic = terms.size() == 1 && index.idf(terms.iterator().next()) < GENERIC_IDF;
            if (!terms.isEmpty() && !generic) {
                holders.add(new Holder(person.iterator().next(), terms, side.isEmpty() ? null : side.iterator().next()));
            }
        }
    }

    /** The person the question's title names, if exactly one fits. */
    Optional<Entity> resolve(List<String> questionTerms, List<Entity> named) {
        Set<String> terms = new HashSet<>(questionTerms);
        Entity found = null;
        for (Holder h : holders) {
            if (!terms.containsAll(h.titleTerms()) || named.contains(h.person())) {
                continue;
            }
            boolean sideFits = h.side() == null ? named.isEmpty() : named.contains(h.side());
            if (!sideFits) {
                continue;
            }
            if (found != null && !found.equals(h.person())) {
                return Optional.empty(); // ambiguous
            }
            found = h.person();
        }
        return Optional.ofNullable(found);
    }
}
