package talkbot.adapter.delivery;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.store.Inbox;
import talkbot.store.StoreException;

/**
 * Closes the gap between recording "sending" and sending. A worker opens a gate for its answer
 * (under a key the HTTP interceptor can find again: the chat, or the thread) and says which of
 * the answer's requests it is sending ({@link Gate#part}); the interceptor then writes the request
 * — all of it but its last byte — records it as held back, and has the store's writer thread, the
 * moment the record is on disk, note it released, write the last byte and note it written (two
 * commits that need no disk sync). A request is not complete (and an HTTP/1.1 server does not act
 * on it) until its last byte arrives, so:
 *
 * <ul>
 *   <li>a crash before the record leaves the message pending, nothing sent;
 *   <li>a crash after the record but before the note of release (the record's own sync to the disk
 *       is the long part) leaves it held, and the next start sends it again (see
 *       {@code Inbox.recover});
 *   <li>a crash after the note that it was written finds the request complete on the wire: it is
 *       not sent again;
 *   <li>a crash between the two notes — the microseconds around one byte written on the same
 *       thread — leaves the bot unable to tell, so the next start sends it again and says that a
 *       chat may get it twice.
 * </ul>
 *
 * When the record or the note of release fails, the request is abandoned unfinished (the platform
 * never acts on it) and {@link Gate#storeFailure} says why. When a recorded request gets a refusal
 * (the platform said no: {@code accepted} is false) or nothing back (a network error), the record
 * is taken back to pending, from this request, since the caller will try again; after nothing came
 * back for a request that went out whole, a warning says the chat may get it twice. Send clients
 * using this must speak HTTP/1.1 and leave retries to the caller (OkHttp's own retry on a failed
 * connection would happen out of sight, with the message still recorded as sending).
 */
public final class SendGates {
    private static final Logger LOG = LoggerFactory.getLogger(SendGates.class);

    /** One worker's answer: its inbox record, the request under way, and what went wrong with it, if anything. */
    public static final class Gate {
        private final InboxWorkers.Sending sending;
        private final AtomicReference<StoreException> storeFailure = new AtomicReference<>();
        private volatile Inbox.Part part = Inbox.Part.ONLY;

        Gate(InboxWorkers.Sending sending) {
            this.sending = sending;
        }

        /** The requests from now on are request {@code index} of the answer's {@code count}. */
        public void part(int index, int count) {
            part = new Inbox.Part(index, count);
        }

        /** The store error that kept the last request from being finished, if it was not finished for that. */
        public StoreException storeFailure() {
            return storeFailure.get();
        }
    }

    private final Map<String, Gate> gates = new ConcurrentHashMap<>();

    /** Opens a gate for the sends made under {@code key} until {@link #close}. */
    public Gate open(String key, InboxWorkers.Sending sending) {
        Gate gate = new Gate(sending);
        gates.put(key, gate);
        return gate;
    }

    /** Closes {@code gate}, when it is still the one open under {@code key}. */
    public void close(String key, Gate gate) {
        gates.remove(key, gate);
    }

    /**
     * The OkHttp interceptor: requests to one of {@code methods} (the last path segment, lower case)
     * whose key ({@code keyOf}, given the request and its body) has an open gate go through it;
     * {@code accepted} says whether the platform's answer took the request.
     */
    public Interceptor interceptor(Set<String> methods, java.util.function.BiFunction<Request, String, String> keyOf,
            Predicate<Response> accepted) {
        return chain -> {
            Request request = chain.request();
            var path = request.url().pathSegments();
            String method = path.isEmpty() ? "" : path.get(path.size() - 1).toLowerCase(java.util.Locale.ROOT);
            RequestBody body = request.body();
            if (body == null || !methods.contains(method) || gates.isEmpty()) {
                return chain.proceed(request);
            }
            Buffer bytes = new Buffer();
            body.writeTo(bytes);
            String key = keyOf.apply(request, bytes.clone().readUtf8());
            Gate gate = key == null ? null : gates.get(key);
            if (gate == null || bytes.size() < 2) {
                return chain.proceed(request.newBuilder().method(request.method(), copy(body.contentType(), bytes)).build());
            }
            GatedBody gated = new GatedBody(body.contentType(), bytes, gate);
            Response response;
            try {
                response = chain.proceed(request.newBuilder().method(request.method(), gated).build());
            } catch (IOException e) {
                // nothing came back: the caller tries again, and so does the next start after a crash
                takeBack(gate, gated, gated.written);
                throw e;
            }
            if (!acceptedSafely(accepted, response)) {
                takeBack(gate, gated, false); // the platform said no: the caller may try again
            }
            return response;
        };
    }

    private static boolean acceptedSafely(Predicate<Response> accepted, Response response) {
        try {
            return accepted.test(response);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void takeBack(Gate gate, GatedBody gated, boolean maybeSent) {
        if (!gated.recorded) {
            return;
        }
        try {
            gate.sending.release(gated.part.index(), maybeSent);
        } catch (StoreException e) {
            // stays "sending": if the caller does not get to try again, the next start sorts it out
            LOG.warn("store: cannot take back a reply that is to be tried again: {}", e.getMessage());
        }
    }

    private static RequestBody copy(MediaType type, Buffer bytes) {
        return RequestBody.create(bytes.readByteString(), type);
    }

    /** Writes all but the last byte, records, and has the record's commit write the last byte between its notes. */
    private static final class GatedBody extends RequestBody {
        private final MediaType type;
        private final byte[] bytes;
        private final Gate gate;
        private final Inbox.Part part;
        private volatile boolean recorded;
        private volatile boolean written;

        GatedBody(MediaType type, Buffer bytes, Gate gate) {
            this.type = type;
            this.bytes = bytes.readByteArray();
            this.gate = gate;
            this.part = gate.part;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public boolean isOneShot() {
            return false;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(bytes, 0, bytes.length - 1);
            sink.flush();
            AtomicReference<IOException> writeFailure = new AtomicReference<>();
            try {
                gate.sending.recordThen(part, () -> {
                    try {
                        sink.write(bytes, bytes.length - 1, 1);
                        sink.flush();
                        written = true;
                        return true;
                    } catch (IOException e) {
                        writeFailure.set(e);
                    } catch (RuntimeException e) {
                        writeFailure.set(new IOException("the request's last byte was not written: " + e, e));
                    }
                    return false;
                });
            } catch (StoreException e) {
                gate.storeFailure.set(e);
                throw new IOException("not recorded as sending, so not sent: " + e.getMessage(), e);
            }
            gate.storeFailure.set(null);
            recorded = true;
            if (writeFailure.get() != null) {
                throw writeFailure.get();
            }
        }
    }

    /** A key that is the calling thread (for clients that call on the worker's own thread). */
    public static String threadKey() {
        return "thread-" + Thread.currentThread().getId();
    }
}
