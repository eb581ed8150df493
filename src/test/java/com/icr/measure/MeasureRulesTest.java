package com.icr.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icr.relationship.MatrixFigures.Figure;
import com.icr.tenant.TenantId;
import com.icr.core.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of a measure, without Spring: what a draft takes (each refusal naming its
 * field), which changes and typed-in values it takes, the Goals-style score and status,
 * and the values computed sources take from a matrix figure.
 */
class MeasureRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aHigherIsBetterMeasureScoresTheWayFromTheScalesFloorToItsTarget() {
        Measure leads = measure("manual", "higher", 40.0);
        assertThat(leads.score(40.0)).isEqualTo(1.0);
        assertThat(leads.score(60.0)).isEqualTo(1.0);
        assertThat(leads.score(28.0)).isEqualTo(0.7);
        assertThat(leads.score(-5.0)).isEqualTo(0.0);
        assertThat(leads.score(null)).isNull();

        // a rating starts at 1, not 0: 3.0 against a target of 4.2 is 2.0 of 3.2 of the
        // way
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
        Figure satisfaction = new Figure(0.625, "3.5 of 5",
                Map.of("sent", 4, "answered", 3, "yes", 1, "partly", 1, "no", 1));
        assertThat(MeasureSource.SATISFACTION.read(satisfaction)).isEqualTo(3.5);
        assertThat(MeasureSource.EXPECTATIONS_MET.read(satisfaction)).isEqualTo(50.0);
        assertThat(MeasureSource.YES_RATIO.read(new Figure(2.0 / 3, "2 yes · 1 no", Map.of("yes", 2, "no", 1))))
            .isEqualTo(66.67);
        assertThat(MeasureSource.SERVICE_MET.read(null)).isNull();
        assertThat(MeasureSource.EXPECTATIONS_MET.read(new Figure(0.5, "", Map.of()))).isNull();
    }

    @Test
    void aComputedMeasureTakesNoTypedInValuesAndAManualOneWithValuesStaysManual() {
        Measure rating = measure("satisfaction", "higher", 4.0);
        assertThatThrownBy(() -> rating.record(MeasureMonth.parse("2026-11"), 4.5, "557058:m", NOW))
            .isInstanceOf(InvalidInput.class)
            .hasMessageContaining("computed");

        Measure leads = measure("manual", "higher", 40.0);
        leads.record(MeasureMonth.parse("2026-11"), 30.0, "557058:m", NOW);
        assertThatThrownBy(() -> leads.change(Measure.Draft.of(request("yes-ratio", "higher", 80.0)), "557058:m", NOW))
            .isInstanceOf(InvalidInput.class)
            .hasMessageContaining("source");
        assertThat(leads.source()).isEqualTo(MeasureSource.MANUAL);
        assertThat(leads.values()).containsEntry("2026-11", 30.0);
        assertThatThrownBy(() -> leads.record(MeasureMonth.parse("2026-11"), Double.NaN, "557058:m", NOW))
            .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MeasureMonth.parse("2026-1")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aDraftTakesDefaultsAndComputedSourcesTheirUnit() {
        Measure.Draft manual = Measure.Draft
            .of(new MeasureRequest("r", "  ", "  Leads  ", " calls ", null, null, 40.0));
        assertThat(manual.source()).isEqualTo(MeasureSource.MANUAL);
        assertThat(manual.direction()).isEqualTo(Direction.HIGHER);
        assertThat(manual.name()).isEqualTo("Leads");
        assertThat(manual.unit()).isEqualTo("calls");
        assertThat(manual.objectiveId()).isNull();

        assertThat(
                Measure.Draft.of(new MeasureRequest("r", "o1", "m", "ignored", "satisfaction", "higher", 4.0)).unit())
            .isEqualTo("of 5");
        assertThat(Measure.Draft.of(new MeasureRequest("r", null, "m", "ignored", "yes-ratio", "lower", 0.0)).unit())
            .isEqualTo("%");
    }

    @Test
    void aDraftIsRefusedNamingTheField() {
        assertField(() -> Measure.Draft.of(null), "body");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, "guess", null, 1.0)), "source");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, null, "sideways", 1.0)),
                "direction");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, null, null, null)), "target");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, null, null, Double.NaN)), "target");
        assertField(
                () -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, null, null, Double.POSITIVE_INFINITY)),
                "target");
        assertField(() -> Measure.Draft
            .of(new MeasureRequest("r", null, "m", null, null, null, Measure.MAX_MAGNITUDE * 10)), "target");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, "satisfaction", null, 0.5)),
                "target");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, "satisfaction", null, 5.5)),
                "target");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, "service-met", null, 101.0)),
                "target");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", null, "expectations-met", null, -1.0)),
                "target");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, " ", null, null, null, 1.0)), "name");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "x".repeat(201), null, null, null, 1.0)),
                "name");
        assertField(() -> Measure.Draft.of(new MeasureRequest("r", null, "m", "x".repeat(21), null, null, 1.0)),
                "unit");
    }

    @Test
    void targetsAtTheirLimitsAreTaken() {
        assertThat(Measure.Draft.of(request("satisfaction", "higher", 1.0)).target()).isEqualTo(1.0);
        assertThat(Measure.Draft.of(request("satisfaction", "higher", 5.0)).target()).isEqualTo(5.0);
        assertThat(Measure.Draft.of(request("service-met", "higher", 100.0)).target()).isEqualTo(100.0);
        assertThat(Measure.Draft.of(request("manual", "lower", -Measure.MAX_MAGNITUDE)).target())
            .isEqualTo(-Measure.MAX_MAGNITUDE);
    }

    @Test
    void aChangeReplacesTheWholeDraft() {
        Measure leads = measure("manual", "higher", 40.0);
        Instant later = NOW.plusSeconds(60);

        leads.change(
                Measure.Draft.of(new MeasureRequest("r", "o1", "Qualified leads", "calls", "manual", "lower", 10.0)),
                "557058:m", later);

        assertThat(leads.name()).isEqualTo("Qualified leads");
        assertThat(leads.objectiveId()).isEqualTo("o1");
        assertThat(leads.direction()).isEqualTo(Direction.LOWER);
        assertThat(leads.target()).isEqualTo(10.0);
        assertThat(leads.updatedAt()).isEqualTo(later);
        assertThat(leads.relationshipId()).isEqualTo("r");
    }

    @Test
    void aManualMeasureWithoutValuesMayBecomeComputedAndAComputedOneManual() {
        Measure leads = measure("manual", "higher", 40.0);
        leads.record(MeasureMonth.parse("2026-11"), 30.0, "557058:m", NOW);
        leads.record(MeasureMonth.parse("2026-11"), null, "557058:m", NOW);

        leads.change(Measure.Draft.of(request("yes-ratio", "higher", 80.0)), "557058:m", NOW);
        assertThat(leads.source()).isEqualTo(MeasureSource.YES_RATIO);
        assertThat(leads.unit()).isEqualTo("%");

        leads.change(Measure.Draft.of(request("manual", "higher", 5.0)), "557058:m", NOW);
        assertThat(leads.source()).isEqualTo(MeasureSource.MANUAL);
    }

    @Test
    void aManualMeasureKeepsOneValuePerMonthAndNullClearsIt() {
        Measure leads = measure("manual", "higher", 40.0);

        leads.record(MeasureMonth.parse("2026-10"), 12.0, "557058:m", NOW);
        leads.record(MeasureMonth.parse("2026-11"), 30.0, "557058:m", NOW);
        leads.record(MeasureMonth.parse("2026-11"), 35.0, "557058:m", NOW.plusSeconds(5));
        assertThat(leads.values()).containsOnly(Map.entry("2026-10", 12.0), Map.entry("2026-11", 35.0));
        assertThat(leads.updatedAt()).isEqualTo(NOW.plusSeconds(5));

        leads.record(MeasureMonth.parse("2026-10"), null, "557058:m", NOW);
        assertThat(leads.values()).containsOnlyKeys("2026-11");

        assertField(() -> leads.record(MeasureMonth.parse("2026-11"), Double.NEGATIVE_INFINITY, "557058:m", NOW),
                "value");
        assertField(() -> leads.record(MeasureMonth.parse("2026-11"), Measure.MAX_MAGNITUDE * 2, "557058:m", NOW),
                "value");
        assertThat(leads.values()).containsEntry("2026-11", 35.0);
    }

    @Test
    void aComputedMeasureRefusesEvenAClearedValue() {
        Measure rating = measure("satisfaction", "higher", 4.0);

        assertField(() -> rating.record(MeasureMonth.parse("2026-11"), null, "557058:m", NOW), "source");
        assertThat(rating.values()).isEmpty();
    }

    @Test
    void aMonthIsRefusedNamingTheField() {
        assertField(() -> MeasureMonth.parse(null), "month");
        assertField(() -> MeasureMonth.parse("2026-13"), "month");
        assertField(() -> MeasureMonth.parse("1999-12"), "month");
        assertField(() -> MeasureMonth.parse("2101-01"), "month");
        assertThat(MeasureMonth.parse("2100-12").key()).isEqualTo("2100-12");
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidInput.class)
            .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo(field));
    }

    private static Measure measure(String source, String direction, double target) {
        return new Measure(new TenantId(UUID.randomUUID().toString()), "r",
                Measure.Draft.of(request(source, direction, target)), "557058:m", NOW);
    }

    private static MeasureRequest request(String source, String direction, double target) {
        return new MeasureRequest("r", null, "m", null, source, direction, target);
    }

}
