package talkbot.reading;

import java.util.Objects;

/**
 * A name found in a text: a run of capitalised words read as a person, a place, a venue, a
 * country, an organisation or something else, with the title written before it, if any.
 *
 * @param start     where the name starts in the text (after its title)
 * @param end       where it ends (exclusive, before any possessive 's)
 * @param text      the name ("He Lifeng")
 * @param kind      what it names
 * @param title     the title written before it ("Vice Premier"), or null
 * @param titleStart where the title starts, or {@code start} when there is none
 */
public record Name(int start, int end, String text, Kind kind, String title, int titleStart) {
    public Name {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** The name with its title: "Vice Premier He Lifeng". */
    public String withTitle() {
        return title == null ? text : title + " " + text;
    }

    public enum Kind { PERSON, PLACE, VENUE, COUNTRY, ORG, OTHER }
}
