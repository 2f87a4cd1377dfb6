package talkbot.intent;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which round of talks a question is about, when it says: a place ("in Geneva", "the Swiss
 * talks"), a time ("in May", "last month", "in 2025") or an order ("the first round", "the latest
 * talks", "now"). Empty when the question says none of these.
 *
 * @param places   the place names it uses, folded ("geneva", "swiss")
 * @param from     the first day of the time it names, or null
 * @param to       the last day, or null
 * @param order    which round by order, if it says
 * @param terms    the analyzed search terms these words became: a round that matches answers for them
 * @param yearsBack how many years before {@code from..to} the same days count too: a month named
 *                  without its year ("the july talks") is that month of any recent year
 */
public record Scope(Set<String> places, LocalDate from, LocalDate to, Order order, Set<String> terms, int yearsBack) {
    public Scope {
        places = Set.copyOf(places);
        terms = Set.copyOf(terms);
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("a scope's time needs both ends");
        }
    }

    public static final Scope NONE = new Scope(Set.of(), null, null, Order.NONE, Set.of(), 0);

    public enum Order { NONE, FIRST, LATEST }

    public boolean hasTime() {
        return from != null;
    }

    /** Whether the days the question names — in any of the years it may mean — pass the test. */
    public boolean anyYear(java.util.function.BiPredicate<LocalDate, LocalDate> fits) {
        for (int k = 0; from != null && k <= yearsBack; k++) {
            if (fits.test(from.minusYears(k), to.minusYears(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the question names a place or a time: then only a round that fits answers it. */
    public boolean selects() {
        return !places.isEmpty() || from != null;
    }

    public boolean isEmpty() {
        return !selects() && order == Order.NONE;
    }
}
