package talkbot.reading;

import java.util.Optional;

/** What the corpus already knows a name to be (from its aliases and facts). */
@FunctionalInterface
public interface KnownNames {
    /** The kind of the named thing, when the corpus knows the name. */
    Optional<Name.Kind> kindOf(String name);

    KnownNames NONE = name -> Optional.empty();
}
