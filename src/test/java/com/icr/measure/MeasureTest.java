package com.icr.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.relationship.MatrixFigures.Figure;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Goals-style score and status of a measure, and the values computed sources take from a matrix figure. */
class MeasureTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aHigherIsBetterMeasureScoresTheWayFromTheScalesFloorToItsTarget() {
        Measure leads = measure("manual", "higher", 40.0);
        assertThat(leads.score(40.0)).isEqualTo(1.0);
        assertThat(leads.score(60.0)).isEqualTo(1.0);
        assertThat(leads.score(28.0)).isEqualTo(0.7);
        assertThat(leads.score(-5.0)).isEqualTo(0.0);
        assertThat(leads.score(null)).isNull();

        // a rating starts at 1, not 0: 3.0 against a target of 4.2 is 2.0 of 3.2 of the way
        Measure rating = measure("satisfaction", "higher", 4.2);
        assertThat(rating.score(3.0)).isEqualTo(0.63);
        assertThat(rating.score(1.0)).isEqualTo(0.0);
    }

    @Test
    void aLowerIsBetterMeasureKeepsFullScoreUnderItsTargetAndLosesItAboveInProportion() {
        Measure days = measure("manual", "lower", 5.0);
        assertThat(days.score(3.0)).isEqualTo(1.0);
        assertThat(days.score(10.0)).isEqualTo(0.5);
        assertThat(days.score(25.0)).isEqualTo(0.2);
    }

    @Test
    void statusFollowsAtlassianGoalsBands() {
        assertThat(MeasureView.status(null)).isEqualTo("no-data");
        assertThat(MeasureView.status(0.7)).isEqualTo("on-track");
        assertThat(MeasureView.status(0.69)).isEqualTo("at-risk");
        assertThat(MeasureView.status(0.4)).isEqualTo("at-risk");
        assertThat(MeasureView.status(0.39)).isEqualTo("off-track");
    }

    @Test
    void computedSourcesReadTheMatrixFigure() {
        Figure satisfaction = new Figure(0.625, "3.5 of 5", Map.of("sent", 4, "answered", 3, "yes", 1, "partly", 1, "no", 1));
        assertThat(MeasureSource.SATISFACTION.read(satisfaction)).isEqualTo(3.5);
        assertThat(MeasureSource.EXPECTATIONS_MET.read(satisfaction)).isEqualTo(50.0);
        assertThat(MeasureSource.YES_RATIO.read(new Figure(2.0 / 3, "2 yes · 1 no", Map.of("yes", 2, "no", 1)))).isEqualTo(66.67);
        assertThat(MeasureSource.SERVICE_MET.read(null)).isNull();
        assertThat(MeasureSource.EXPECTATIONS_MET.read(new Figure(0.5, "", Map.of()))).isNull();
    }

    @Test
    void aComputedMeasureTakesNoTypedInValuesAndAManualOneWithValuesStaysManual() {
        Measure rating = measure("satisfaction", "higher", 4.0);
        assertThatThrownBy(() -> rating.record(MeasureMonth.parse("2026-11"), 4.5, "557058:m", NOW)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("computed");

        Measure leads = measure("manual", "higher", 40.0);
        leads.record(MeasureMonth.parse("2026-11"), 30.0, "557058:m", NOW);
        assertThatThrownBy(() -> leads.change(Measure.Draft.of(request("yes-ratio", "higher", 80.0)), "557058:m", NOW))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("source");
        assertThat(leads.source()).isEqualTo(MeasureSource.MANUAL);
        assertThat(leads.values()).containsEntry("2026-11", 30.0);
        assertThatThrownBy(() -> leads.record(MeasureMonth.parse("2026-11"), Double.NaN, "557058:m", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MeasureMonth.parse("2026-1")).isInstanceOf(InvalidInput.class);
    }

    private static Measure measure(String source, String direction, double target) {
        return new Measure(new TenantId(UUID.randomUUID().toString()), "r", Measure.Draft.of(request(source, direction, target)), "557058:m", NOW);
    }

    private static MeasureRequest request(String source, String direction, double target) {
        return new MeasureRequest("r", null, "m", null, source, direction, target);
    }
}
