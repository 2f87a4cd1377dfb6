package talkbot.intent;

/** What a question asks for; decides where the answer comes from and what shape it takes. */
public enum Intent {
    /** Who leads or belongs to a delegation, who holds a role ("Who is the Trade Representative?"), who said something. */
    WHO,
    /** What someone's role is ("Who is He Lifeng?", "What is Bessent's job?"). */
    ROLE,
    WHERE,
    WHEN,
    HOW_MUCH,
    /** What someone said. */
    SAY,
    /** Why / what is the sticking point / what someone wants. */
    WHY,
    /** Any other question about the talks; answered from the best sentences. */
    WHAT,
    SUMMARY,
    HELP,
    GREETING,
    OUT_OF_SCOPE;

    /** The lower-case name used in JSON and logs ("how_much"). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
