package talkbot.intent;

/** The kind of thing a question's direct answer is: decides what span is cut from a sentence. */
public enum AnswerType {
    PERSON, TITLE, ORG,
    /** Any place; {@link #CITY}, {@link #COUNTRY} and {@link #VENUE} when the question says which. */
    PLACE, CITY, COUNTRY, VENUE,
    DATE, FIGURE, DURATION, QUOTE, REASON,
    /** "How often": every two weeks, monthly, twice a year. */
    FREQUENCY,
    /** The number of a round in a series, "which round was the madrid one": the fourth. */
    ORDINAL,
    /** What something is called: a name in capitals or in quotation marks ("Liberation Day"). */
    NAME,
    /** "Did they agree to ...?": answered with the clause that says so. */
    YESNO,
    /** Anything else: answered with the clause that carries the question's words. */
    CLAUSE;

    public boolean isPlace() {
        return this == PLACE || this == CITY || this == COUNTRY || this == VENUE;
    }
}
