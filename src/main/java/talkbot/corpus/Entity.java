package talkbot.corpus;

import java.util.List;
import java.util.Objects;

/**
 * Something the corpus knows by name: a person, a country, an organisation, a place or a topic,
 * with every name it goes by.
 */
public record Entity(EntityType type, String name, List<String> aliases) {
    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    /** The name and every alias. */
    public List<String> names() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    public enum EntityType { PERSON, COUNTRY, ORG, PLACE, TOPIC }
}
