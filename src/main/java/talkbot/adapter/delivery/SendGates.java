package talkbot.adapter.delivery;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import talkbot.store.StoreException;

/**
 * Closes the gap between recording "sending" and sending. A worker opens a gate for its send
 * (under a key the HTTP interceptor can find again: the chat, or the thread); the interceptor
 * then writes the request — all of it but its last byte — records "sending" with the request held
 * back, and has the store's writer thread, the moment the record is on disk, note the request
 * released (a commit that needs no disk sync) and write the last byte. A request is not complete
 * (and an HTTP/1.1 server does not act on it) until its last byte arrives, so a crash before the
 * record leaves the message pending with nothing sent; a crash after the record but before the
 * note (the record's own sync to the disk is the long part) leaves it held, and the next start
 * answers it again (see {@code Inbox.reclaimUnsent}); a crash after the last byte finds the
 * request complete on the wire, recorded as released, and it is not sent again. The window left
 * is the microseconds between the note's commit and one byte written on the same thread. When the
 * record or the note fails, the request is abandoned unfinished (the platform never acts on it)
 * and {@link Gate#storeFailure} says why; when a recorded request gets nothing back (a network
 * error), the record is taken back, since the caller will try again — unless another request of
 * the same answer may already have gone out. Send clients using this must speak HTTP/1.1 and leave
 * retries to the caller (OkHttp's own retry on a failed connection would happen out of sight, with
 * the message still recorded as sending).
 */
public final class SendGates {
    /** One worker's send: its inbox record, and what went wrong with it, if anything. */
    public static final class Gate {
        private final InboxWorkers.Sending sending;
        private final AtomicReference<StoreException> storeFailure = new AtomicReference<>();
        /** This answer's requests whose last byte went out, less those taken back. */
        private final AtomicInteger released = new AtomicInteger();

        Gate(InboxWorkers.Sending sending) {
            this.sending = sending;
        }

        /** The store error that kept the request from being finished, if any. */
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

    public void close(String key) {
        gates.remove(key);
    }

    /**
     * The OkHttp interceptor: requests to one of {@code methods} (the last path segment, lower case)
     * whose key ({@code keyOf}, given the request and its body) has an open gate go through it.
     */
    public Interceptor interceptor(Set<String> methods, java.util.function.BiFunction<Request, String, String> keyOf) {
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
            try {
                return chain.proceed(request.newBuilder().method(request.method(), gated).build());
            } catch (IOException e) {
                // nothing came back: the caller tries again, and so does the next start after a crash,
                // unless an earlier request of the same answer (a reply in several messages) may have gone out
                if (gated.recorded && gate.released.compareAndSet(1, 0)) {
                    try {
                        gate.sending.release();
                    } catch (StoreException ignored) {
                        // stays "sending": after a crash it is not sent again (at most once)
                    }
                }
                throw e;
            }
        };
    }

    private static RequestBody copy(MediaType type, Buffer bytes) {
        return RequestBody.create(bytes.readByteString(), type);
    }

    /** Writes all but the last byte, records, and has the record's commit (and note) write the last byte. */
    private static final class GatedBody extends RequestBody {
        private final MediaType type;
        private final byte[] bytes;
        private final Gate gate;
        private volatile boolean recorded;

        GatedBody(MediaType type, Buffer bytes, Gate gate) {
            this.type = type;
            this.bytes = bytes.readByteArray();
            this.gate = gate;
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
                gate.sending.recordThen(() -> {
                    try {
                        sink.write(bytes, bytes.length - 1, 1);
                        sink.flush();
                    } catch (IOException e) {
                        writeFailure.set(e);
                    }
                });
            } catch (StoreException e) {
                gate.storeFailure.set(e);
                throw new IOException("not recorded as sending, so not sent: " + e.getMessage(), e);
            }
            recorded = true;
            gate.released.incrementAndGet();
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
