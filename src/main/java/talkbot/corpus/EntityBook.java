package talkbot.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import talkbot.lexicon.Resources;
import talkbot.reading.KnownNames;
import talkbot.reading.Name;

/**
 * The corpus's entities as they are gathered: those the aliases file declares first, then the
 * people the facts name, then the names read off the articles. A name already known (as any
 * entity's name or alias) is never added twice.
 */
final class EntityBook implements KnownNames {
    private static final Set<String> SURNAME_FIRST = surnamesFirst();
    /** Family names that are also English words a sentence may open with: never an alias on their own. */
    private static final Set<String> NEVER_ALIASES = Set.of("he", "ho", "do", "le", "ma", "yu", "oh", "ye", "lee", "long", "moon", "song");

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byName = new HashMap<>();

    void declare(Entity e) {
        if (byName.containsKey(Text.fold(e.name()))) {
            return;
        }
        entities.add(e);
        for (String n : e.names()) {
            byName.putIfAbsent(Text.fold(n), e);
        }
    }

    Optional<Entity> find(String name) {
        return Optional.ofNullable(byName.get(Text.fold(name)));
    }

    @Override
    public Optional<Name.Kind> kindOf(String name) {
        return find(name).map(e -> switch (e.type()) {
            case PERSON -> Name.Kind.PERSON;
            case COUNTRY -> Name.Kind.COUNTRY;
            case ORG -> Name.Kind.ORG;
            case PLACE -> Name.Kind.PLACE;
            case TOPIC -> Name.Kind.OTHER;
        });
    }

    /** A person, with the short name a second mention uses: "Bessent", "Li" for Li Chenggang. */
    void addPerson(String possessive) {
        String name = possessive.replaceAll("['’]s$", "");
        if (find(name).isPresent()) {
            return;
        }
        String[] parts = name.split("\\s+");
        List<String> aliases = new ArrayList<>();
        if (parts.length > 1) {
            String first = parts[0].toLowerCase(Locale.ROOT);
            if (SURNAME_FIRST.contains(first) && !NEVER_ALIASES.contains(first) && find(parts[0]).isEmpty()) {
                aliases.add(parts[0]);
            }
            int from = parts.length - 1;
            while (from > 1 && Character.isLowerCase(parts[from - 1].charAt(0))) {
                from--; // "von der Leyen"
            }
            String last = String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length));
            if (last.length() >= 3 && find(last).isEmpty() && !NEVER_ALIASES.contains(last.toLowerCase(Locale.ROOT))) {
                aliases.add(last);
            }
        }
        declare(new Entity(Entity.EntityType.PERSON, name, aliases));
    }

    void add(Entity.EntityType type, String name, List<String> aliases) {
        if (find(name).isPresent()) {
            return;
        }
        List<String> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String a : aliases) {
            if (find(a).isEmpty() && seen.add(Text.fold(a)) && !Text.fold(a).equals(Text.fold(name))) {
                fresh.add(a);
            }
        }
        declare(new Entity(type, name, fresh));
    }

    List<Entity> entities() {
        return List.copyOf(entities);
    }

    private static Set<String> surnamesFirst() {
        Set<String> out = new HashSet<>();
        for (String line : Resources.lines("/talkbot/surname-first.txt")) {
            for (String w : line.strip().split("\\s+")) {
                out.add(w);
            }
        }
        return Set.copyOf(out);
    }
}
