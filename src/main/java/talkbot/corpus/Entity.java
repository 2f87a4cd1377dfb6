package talkbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something the corpus knows by name: a person, a country, an organisation, a place or a topic,
 * with every name it goes by. Immutable; a value compared by type, name and aliases. A class
 * rather than a record only so that its list of names and its hash are worked out once: the
 * answering core looks entities up in maps and walks their names for every candidate.
 */
public final class Entity {
    private final EntityType type;
    private final String name;
    private final List<String> aliases;
    private final List<String> names;
    private final int hash;

    public Entity(EntityType type, String name, List<String> aliases) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
        this.aliases = List.copyOf(aliases);
        List<String> all = new ArrayList<>(this.aliases.size() + 1);
        all.add(name);
        all.addAll(this.aliases);
        this.names = List.copyOf(all);
        this.hash = Objects.hash(type, name, this.aliases);
    }

    public EntityType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The name and every alias. */
    public List<String> names() {
        return names;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Entity e && e.hash == hash && e.type == type && e.name.equals(name)
                && e.aliases.equals(aliases);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Entity[type=" + type + ", name=" + name + ", aliases=" + aliases + "]";
    }

    public enum EntityType { PERSON, COUNTRY, ORG, PLACE, TOPIC }
}
