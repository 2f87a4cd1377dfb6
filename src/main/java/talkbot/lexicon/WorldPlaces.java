package talkbot.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries of the world with the words for their people and their main cities, from
 * {@code talkbot/world-places.tsv}: it tells a place from a person or a firm in any article, and a
 * city's country ("the Swiss talks" were the ones in Geneva). Immutable, loaded once.
 */
public final class WorldPlaces {
    private static final String RESOURCE = "/talkbot/world-places.tsv";
    /** The nouns for a part of a city, as a regular-expression alternation: "the Toranomon district", "Minato ward". */
    public static final String DISTRICT_NOUNS = "district|neighbou?rhood|suburb|ward|borough";
    private static final java.util.regex.Pattern DISTRICT_NOUN = java.util.regex.Pattern.compile(DISTRICT_NOUNS);

    /** Whether the word is one of {@link #DISTRICT_NOUNS}. */
    public static boolean isDistrictNoun(String word) {
        return DISTRICT_NOUN.matcher(word).matches();
    }

    /** A country: its names (the usual one first), the words for its people, its main cities and their short names. */
    public record Country(List<String> names, List<String> adjectives, List<String> cities, Map<String, List<String>> shortNames) {
        public Country {
            names = List.copyOf(names);
            adjectives = List.copyOf(adjectives);
            cities = List.copyOf(cities);
            shortNames = Map.copyOf(shortNames);
        }

        public String name() {
            return names.get(0);
        }
    }

    private final List<Country> countries;
    private final Map<String, Country> byCountryWord = new HashMap<>();
    private final Map<String, Country> byCity = new HashMap<>();
    private final Map<String, String> cityOfShortName = new HashMap<>();
    private final java.util.Set<String> adjectives = new java.util.HashSet<>();

    private WorldPlaces(List<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country c : countries) {
            for (String n : c.names()) {
                byCountryWord.putIfAbsent(key(n), c);
            }
            for (String a : c.adjectives()) {
                byCountryWord.putIfAbsent(key(a), c);
                adjectives.add(key(a));
            }
            for (String city : c.cities()) {
                byCity.putIfAbsent(key(city), c);
            }
            for (Map.Entry<String, List<String>> e : c.shortNames().entrySet()) {
                for (String shortName : e.getValue()) {
                    byCity.putIfAbsent(key(shortName), c);
                    cityOfShortName.putIfAbsent(key(shortName), e.getKey());
                }
            }
        }
    }

    public static WorldPlaces get() {
        return Holder.INSTANCE;
    }

    public List<Country> countries() {
        return countries;
    }

    /** The country a name or adjective stands for: "Swiss", "Sweden", "the States". */
    public Optional<Country> country(String word) {
        return Optional.ofNullable(byCountryWord.get(key(word)));
    }

    /**
     * The first word of a title or phrase that names a country or its people, possessive dropped:
     * "U.S." of "Deputy U.S. Trade Representative", "China" of "China's Vice Premier"; null if none.
     */
    public String countryWordIn(String phrase) {
        if (phrase == null) {
            return null;
        }
        java.util.regex.Matcher m = PHRASE_WORD.matcher(phrase);
        while (m.find()) {
            String word = m.group().replaceAll("['’]s$", "");
            if (country(word).isPresent()) {
                return word;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern PHRASE_WORD = java.util.regex.Pattern.compile("[\\p{L}.]+(?:['’]s)?");

    /** The country of a city: Geneva → Switzerland. */
    public Optional<Country> countryOfCity(String city) {
        return Optional.ofNullable(byCity.get(key(city)));
    }

    /** The short names chat uses for a city ("KL" for Kuala Lumpur); none for most. */
    public List<String> shortNames(String city) {
        return countryOfCity(city).map(c -> c.shortNames().getOrDefault(city, List.of())).orElse(List.of());
    }

    /** The city a short name stands for ("KL", "Kl": Kuala Lumpur), or the name itself. */
    public String fullName(String name) {
        return cityOfShortName.getOrDefault(key(name), name);
    }

    /** Whether the word is one for a country's people or things ("Swiss", "Russian"), not its name. */
    public boolean isAdjective(String word) {
        return adjectives.contains(key(word));
    }

    public boolean isCity(String name) {
        return byCity.containsKey(key(name));
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static final class Holder {
        static final WorldPlaces INSTANCE = load();

        private static WorldPlaces load() {
            List<Country> out = new ArrayList<>();
            for (String line : Resources.lines(RESOURCE)) {
                String[] cols = line.split("\t", -1);
                if (cols.length != 3 || cols[0].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": expected names<TAB>adjectives<TAB>cities: " + line);
                }
                List<String> cities = new ArrayList<>();
                Map<String, List<String>> shortNames = new java.util.LinkedHashMap<>();
                for (String city : split(cols[2])) {
                    String[] parts = city.split("=", 2);
                    cities.add(parts[0].strip());
                    if (parts.length == 2) {
                        shortNames.put(parts[0].strip(), List.of(parts[1].strip().split("\\s*/\\s*")));
                    }
                }
                out.add(new Country(split(cols[0]), split(cols[1]), cities, shortNames));
            }
            return new WorldPlaces(out);
        }

        private static List<String> split(String col) {
            List<String> out = new ArrayList<>();
            for (String s : col.split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
    }
}
