package talkbot.corpus;

import java.util.ArrayList;
import java.util.List;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Name;
import talkbot.reading.NameFinder;

/**
 * Entities read off the articles, so that an article without an aliases entry is understood
 * like one with: people named with a title ("Trade Representative Jamieson Greer"), cities,
 * venues and places ("at Rosenbad", "in the suburb of Cologny"), countries by any of their names
 * or adjectives ("Swedish" is Sweden), and institutions ("Harbourline Capital").
 */
final class AutoEntities {
    private AutoEntities() {}

    /** "Li Chenggang" is a name; "Liberation Day" and "Truth Social" are words that happen to be capitalised. */
    private static boolean hasNonWord(String name) {
        for (String w : name.split("\\s+")) {
            if (!talkbot.lexicon.EnglishWords.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static void addFrom(List<Article> articles, EntityBook book) {
        NameFinder finder = new NameFinder(book);
        WorldPlaces world = WorldPlaces.get();
        for (Article a : articles) {
            List<String> texts = new ArrayList<>();
            texts.add(a.info().title());
            for (Sentence s : a.sentences()) {
                if (!s.heading()) {
                    texts.add(s.text());
                }
            }
            for (String text : texts) {
                for (Name n : finder.find(text)) {
                    switch (n.kind()) {
                        case PERSON -> {
                            if (n.text().contains(" ") && (n.title() != null || hasNonWord(n.text()))) {
                                book.addPerson(n.text());
                            }
                        }
                        case PLACE, VENUE -> book.add(Entity.EntityType.PLACE, n.text(), List.of());
                        case COUNTRY -> world.country(n.text()).ifPresent(c -> {
                            List<String> aliases = new ArrayList<>(c.names());
                            aliases.addAll(c.adjectives());
                            book.add(Entity.EntityType.COUNTRY, c.name(), aliases);
                        });
                        case ORG -> book.add(Entity.EntityType.ORG, n.text(), List.of());
                        case OTHER -> { }
                    }
                }
            }
        }
    }
}
