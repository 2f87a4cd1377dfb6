package talkbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesAreNearestRankWhateverTheOrderOfTheSamples() {
        List<Long> values = new ArrayList<>();
        for (long v = 1; v <= 1000; v++) {
            values.add(v);
        }
        Collections.shuffle(values, new Random(1));
        Latencies l = new Latencies(4);
        values.forEach(l::add);
        assertThat(l.count()).isEqualTo(1000);
        assertThat(l.percentile(50)).isEqualTo(500);
        assertThat(l.percentile(99)).isEqualTo(990);
        assertThat(l.percentile(99.9)).isEqualTo(999);
        assertThat(l.percentile(100)).isEqualTo(1000).isEqualTo(l.max());
        assertThat(l.percentile(0.01)).isEqualTo(1);
        assertThat(l.mean()).isEqualTo(500.5);
    }

    @Test
    void aFewSlowSamplesMoveP99ButNotP50() {
        Latencies l = new Latencies();
        for (int i = 0; i < 990; i++) {
            l.add(100);
        }
        for (int i = 0; i < 10; i++) {
            l.add(1_000_000);
        }
        assertThat(l.percentile(50)).isEqualTo(100);
        assertThat(l.percentile(99)).isEqualTo(100);
        l.add(1_000_000);
        assertThat(l.percentile(99)).isEqualTo(1_000_000);
    }

    @Test
    void mergesAndHandlesNoSamples() {
        Latencies a = new Latencies();
        assertThat(a.percentile(50)).isZero();
        assertThat(a.max()).isZero();
        Latencies b = new Latencies();
        b.add(7);
        b.add(3);
        a.add(5);
        a.addAll(b);
        assertThat(a.count()).isEqualTo(3);
        assertThat(a.percentile(50)).isEqualTo(5);
        assertThatThrownBy(() -> a.percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.add(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
