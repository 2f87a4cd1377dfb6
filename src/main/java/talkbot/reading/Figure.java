package talkbot.reading;

import java.util.Objects;

/**
 * A figure in a text: "145%", "$28.8 billion", "90 days", "five hours", "24 percentage points".
 *
 * @param start where it starts
 * @param end   where it ends (exclusive)
 * @param text  as written, with its qualifier ("up to 100%", "about $295 billion")
 * @param unit  its unit as {@link Units#normal} names it, or null for a bare number
 * @param role  which end of a change it is ("from 145% to 30%")
 */
public record Figure(int start, int end, String text, String unit, Role role) {
    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
    }

    /** Which end of a change a figure is: "from" the old value, "to" the new one, or neither. */
    public enum Role { FROM, TO, NONE }
}
