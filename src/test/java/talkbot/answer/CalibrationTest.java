package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void mapsLinearlyBetweenKnotsAndFlatBeyondThem() {
        Calibration c = new Calibration(new double[] {0.5, 0.9}, new double[] {0.4, 0.8});
        assertThat(c.apply(0.7)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.apply(0.2)).isEqualTo(0.4);
        assertThat(c.apply(0.99)).isEqualTo(0.8);
        assertThat(new Calibration(new double[0], new double[0]).apply(0.37)).isEqualTo(0.37);
    }

    @Test
    void refusesKnotsThatFall() {
        assertThatThrownBy(() -> new Calibration(new double[] {0.5, 0.9}, new double[] {0.8, 0.4}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedCalibrationLoadsAndNeverFalls() {
        Calibration c = Calibration.load();
        double last = -1;
        for (int i = 0; i <= 100; i++) {
            double v = c.apply(i / 100.0);
            assertThat(v).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(last);
            last = v;
        }
    }
}
