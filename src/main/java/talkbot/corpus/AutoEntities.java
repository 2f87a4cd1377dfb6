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

    private static final java.util.Set<String> LINKS = java.util.Set.of("of", "and", "for", "the", "on", "in", "&");

    /**
     * What a questioner may write for a name of three or more capitalised words: its initials
     * ("APEC" for the Asia-Pacific Economic Cooperation summit, "WTO" for the World Trade
     * Organization), leaving out the small words that join them.
     */
    static java.util.Optional<String> acronym(String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s\\-–]+")) {
            if (w.isEmpty() || LINKS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return java.util.Optional.empty();
            }
            initials.append(w.charAt(0));
        }
        return initials.length() >= 3 && initials.length() <= 6 ? java.util.Optional.of(initials.toString()) : java.util.Optional.empty();
    }

    private static boolean endsInWord(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return talkbot.lexicon.EnglishWords.contains(last);
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
                List<talkbot.reading.Quotes.Quote> quoted = talkbot.reading.Quotes.find(text);
                for (Name n : finder.find(text)) {
                    if (n.kind() == Name.Kind.PERSON && n.title() == null && inside(quoted, n.start())) {
                        continue; // "progress on Trade, Fentanyl and the TikTok Deal": capitalised prose in a quotation names no one
                    }
                    switch (n.kind()) {
                        case PERSON -> {
                            java.util.Optional<String> initials = n.title() == null && endsInWord(n.text()) ? acronym(n.text()) : java.util.Optional.empty();
                            if (initials.isPresent()) {
                                // three capitalised words ending in an everyday one: "Asia-Pacific Economic Cooperation" is no one's name
                                book.add(Entity.EntityType.ORG, n.text(), List.of(initials.get()));
                            } else if (n.text().contains(" ") && (n.title() != null || hasNonWord(n.text()))) {
                                book.addPerson(n.text());
                            }
                        }
                        case PLACE, VENUE -> book.add(Entity.EntityType.PLACE, n.text(), world.shortNames(n.text())); // "KL"
                        case COUNTRY -> world.country(n.text()).ifPresent(c -> {
                            List<String> aliases = new ArrayList<>(c.names());
                            aliases.addAll(c.adjectives());
                            book.add(Entity.EntityType.COUNTRY, c.name(), aliases);
                        });
                        case ORG -> book.add(Entity.EntityType.ORG, n.text(), acronym(n.text()).map(List::of).orElse(List.of()));
                        // "the Data Security Law (DSL)": a topic known by its initials, not a party to the talks
                        case OTHER -> acronym(n.text()).ifPresent(initials -> book.add(
                                NameFinder.namesText(n.text()) ? Entity.EntityType.TOPIC : Entity.EntityType.ORG, n.text(), List.of(initials)));
                    }
                }
            }
        }
    }

    private static boolean inside(List<talkbot.reading.Quotes.Quote> quotes, int at) {
        for (talkbot.reading.Quotes.Quote q : quotes) {
            if (at > q.start() && at < q.end()) {
                return true;
            }
        }
        return false;
    }
}
