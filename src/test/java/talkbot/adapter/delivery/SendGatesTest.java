package talkbot.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import talkbot.store.Inbox;
import talkbot.store.StoreException;

/** The platform gets a gated request only once its "sending" record is on disk, and never when the record fails. */
class SendGatesTest {
    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final SendGates gates = new SendGates();
    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        client = new OkHttpClient.Builder().protocols(List.of(Protocol.HTTP_1_1)).retryOnConnectionFailure(false)
                .addInterceptor(gates.interceptor(Set.of("send"), (request, body) -> SendGates.threadKey(), Response::isSuccessful))
                .build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Response post(String body) throws IOException {
        return client.newCall(new Request.Builder().url("http://127.0.0.1:" + server.getAddress().getPort() + "/send")
                .post(RequestBody.create(body, MediaType.get("application/json"))).build()).execute();
    }

    /** A record that holds until released, then finishes the send the way the store's writer thread does; logs what it is asked. */
    private static final class HeldRecord implements InboxWorkers.Sending {
        final CountDownLatch asked = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> log = new CopyOnWriteArrayList<>();
        volatile boolean fail;

        @Override
        public void record() {
            throw new AssertionError("the gate records through recordThen");
        }

        @Override
        public void recordThen(Inbox.Part part, BooleanSupplier lastByte) {
            asked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fail) {
                throw new StoreException("cannot record: the disk is full", null);
            }
            log.add("held " + part.index() + "/" + part.count());
            log.add(lastByte.getAsBoolean() ? "written" : "not written");
        }

        @Override
        public void release(int from, boolean maybeSent) {
            log.add("back to " + from + (maybeSent ? ", maybe sent" : ""));
        }
    }

    @Test
    void theRequestIsCompleteOnlyAfterItsRecord() throws Exception {
        HeldRecord record = new HeldRecord();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
            String key = SendGates.threadKey();
            SendGates.Gate gate = gates.open(key, record);
            try (Response r = post("{\"text\":\"hello\"}")) {
                return r.code();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                gates.close(key, gate);
            }
        });
        assertThat(record.asked.await(30, TimeUnit.SECONDS)).isTrue();
        // all but the last byte is on the wire, and the server has not taken the request
        Thread.sleep(300);
        assertThat(received).isEmpty();
        record.release.countDown();
        assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(received).containsExactly("{\"text\":\"hello\"}");
    }

    @Test
    void aFailedRecordAbandonsTheRequestUnfinished() throws Exception {
        HeldRecord record = new HeldRecord();
        record.fail = true;
        record.release.countDown();
        String key = SendGates.threadKey();
        SendGates.Gate gate = gates.open(key, record);
        try {
            assertThatThrownBy(() -> post("{\"text\":\"hello\"}")).isInstanceOf(IOException.class);
        } finally {
            gates.close(key, gate);
        }
        assertThat(gate.storeFailure()).hasMessageContaining("disk is full");
        server.stop(1); // lets a handler that would have run finish
        assertThat(received).isEmpty();
    }

    @Test
    void aRequestThatWentOutWholeButGetsNothingBackIsTakenBackAsPossiblySent() throws Exception {
        server.removeContext("/");
        server.createContext("/", exchange -> { // takes the whole request, answers nothing
            received.add(new String(exchange.getRequestBody().readAllBytes()));
            exchange.close();
        });
        HeldRecord record = new HeldRecord();
        record.release.countDown();
        String key = SendGates.threadKey();
        SendGates.Gate gate = gates.open(key, record);
        try {
            assertThatThrownBy(() -> post("{\"text\":\"hello\"}")).isInstanceOf(IOException.class);
        } finally {
            gates.close(key, gate);
        }
        assertThat(received).containsExactly("{\"text\":\"hello\"}");
        assertThat(record.log).containsExactly("held 0/1", "written", "back to 0, maybe sent");
    }

    @Test
    void aRefusedRequestIsTakenBackAsNotSent() throws Exception {
        server.removeContext("/");
        server.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(429, -1); // too many requests: the caller waits and tries again
            exchange.close();
        });
        HeldRecord record = new HeldRecord();
        record.release.countDown();
        String key = SendGates.threadKey();
        SendGates.Gate gate = gates.open(key, record);
        try (Response r = post("{\"text\":\"hello\"}")) {
            assertThat(r.code()).isEqualTo(429);
        } finally {
            gates.close(key, gate);
        }
        assertThat(record.log).containsExactly("held 0/1", "written", "back to 0");
    }

    @Test
    void eachRequestIsRecordedAsItsPartOfTheAnswerAndTakenBackToIt() throws Exception {
        server.removeContext("/");
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            received.add(body);
            if (body.contains("part 1")) {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close(); // the second one gets nothing back
        });
        HeldRecord record = new HeldRecord();
        record.release.countDown();
        String key = SendGates.threadKey();
        SendGates.Gate gate = gates.open(key, record);
        try {
            gate.part(0, 2);
            try (Response r = post("{\"text\":\"part 1\"}")) {
                assertThat(r.code()).isEqualTo(200);
            }
            gate.part(1, 2);
            assertThatThrownBy(() -> post("{\"text\":\"part 2\"}")).isInstanceOf(IOException.class);
        } finally {
            gates.close(key, gate);
        }
        // the first message is out and stays out: only the second is to be sent again
        assertThat(record.log).containsExactly("held 0/2", "written", "held 1/2", "written", "back to 1, maybe sent");
    }

    @Test
    void closingAnEarlierGateLeavesTheOneOpenNowUnderTheSameKey() throws Exception {
        HeldRecord earlier = new HeldRecord();
        HeldRecord now = new HeldRecord();
        now.release.countDown();
        String key = SendGates.threadKey();
        SendGates.Gate first = gates.open(key, earlier);
        SendGates.Gate second = gates.open(key, now);
        gates.close(key, first);
        try (Response r = post("{\"text\":\"hello\"}")) {
            assertThat(r.code()).isEqualTo(200);
        } finally {
            gates.close(key, second);
        }
        assertThat(now.log).containsExactly("held 0/1", "written");
        assertThat(earlier.log).isEmpty();
    }

    @Test
    void requestsWithoutAGatePassUntouched() throws Exception {
        try (Response r = post("{\"text\":\"plain\"}")) {
            assertThat(r.code()).isEqualTo(200);
        }
        assertThat(received).containsExactly("{\"text\":\"plain\"}");
    }
}
