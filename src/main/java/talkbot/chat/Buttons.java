package talkbot.chat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.answer.Answer;
import talkbot.answer.Choice;

/**
 * What the bot's buttons stand for, kept on the bot's side: a button's payload is a random id into
 * these records and a small argument ({@code c1.ID.2}: the second choice of offer ID;
 * {@code v1.ID.u}: a 👍 on answer ID), never the question or answer itself, so a forged or replayed
 * payload can at most press a button the bot really showed in that chat, and ids are too random to
 * guess. Records are bounded in number and expire (choices after an hour, votes after a day); in
 * memory only, so a restart forgets them and their buttons say so when pressed. Thread-safe.
 */
final class Buttons {
    static final Duration CHOICES_KEPT = Duration.ofHours(1);
    static final Duration VOTES_KEPT = Duration.ofDays(1);
    static final int MAX_KEPT = 10_000;
    /** The payload of the "thanks" a vote leaves: pressing it only says thanks again. */
    static final String THANKS = "ok";

    private static final Pattern PAYLOAD = Pattern.compile("^(c1|v1)\\.([A-Za-z0-9_-]{16})\\.([0-9]{1,2}|u|d)$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Choices offered when the bot asked back, where, and the message that asked. */
    record Offer(Where where, List<Choice> choices, Reply shown) {}

    /** An answer that may be voted on, where, and the message that showed it. */
    record Votable(Where where, Answer answer, Reply shown) {}

    /** A pressed button, read from its payload. */
    sealed interface Pressed permits Pick, Vote, Thanks, Unreadable {}

    record Pick(String id, int number) implements Pressed {}

    record Vote(String id, boolean up) implements Pressed {}

    record Thanks() implements Pressed {}

    record Unreadable() implements Pressed {}

    private final Recent<String, Offer> offers;
    private final Recent<String, Votable> votables;

    Buttons(Clock clock) {
        this.offers = new Recent<>(CHOICES_KEPT, MAX_KEPT, clock);
        this.votables = new Recent<>(VOTES_KEPT, MAX_KEPT, clock);
    }

    /** Keeps the choices; returns the offer's id. */
    String offer(Where where, List<Choice> choices, Reply shown) {
        String id = newId();
        offers.put(id, new Offer(where, List.copyOf(choices), shown));
        return id;
    }

    /** One button per choice, numbered from 1. */
    static List<Button> choiceButtons(String offerId, List<Choice> choices) {
        List<Button> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            out.add(new Button(choices.get(i).label(), "c1." + offerId + "." + (i + 1)));
        }
        return out;
    }

    /** Keeps an answer to vote on; returns its id. */
    String votable(Where where, Answer answer, Reply shown) {
        String id = newId();
        votables.put(id, new Votable(where, answer, shown));
        return id;
    }

    static List<Button> voteButtons(String answerId) {
        return List.of(new Button("👍", "v1." + answerId + ".u"), new Button("👎", "v1." + answerId + ".d"));
    }

    /** What the vote buttons become once someone voted. */
    static List<Button> thanks() {
        return List.of(new Button("Thanks for your feedback ✓", THANKS));
    }

    Optional<Offer> offerOf(String id) {
        return Optional.ofNullable(offers.get(id));
    }

    /** Takes an offer out: a choice is made once. */
    Optional<Offer> take(String id) {
        return Optional.ofNullable(offers.take(id));
    }

    Optional<Votable> votableOf(String id) {
        return Optional.ofNullable(votables.get(id));
    }

    /** Reads a payload a platform handed back; anything the bot did not write is {@link Unreadable}. */
    static Pressed read(String payload) {
        if (THANKS.equals(payload)) {
            return new Thanks();
        }
        Matcher m = PAYLOAD.matcher(payload == null ? "" : payload);
        if (!m.matches()) {
            return new Unreadable();
        }
        String arg = m.group(3);
        if (m.group(1).equals("v1")) {
            return arg.equals("u") || arg.equals("d") ? new Vote(m.group(2), arg.equals("u")) : new Unreadable();
        }
        return arg.equals("u") || arg.equals("d") ? new Unreadable() : new Pick(m.group(2), Integer.parseInt(arg));
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
