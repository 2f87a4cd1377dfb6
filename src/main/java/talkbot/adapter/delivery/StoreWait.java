package talkbot.adapter.delivery;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import talkbot.store.StoreException;

/** Waits for a store write; its failure comes out as the {@link StoreException} it was. */
final class StoreWait {
    private StoreWait() {}

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException(String.valueOf(e.getCause()), e.getCause());
        }
    }
}
