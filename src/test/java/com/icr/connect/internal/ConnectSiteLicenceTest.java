package com.icr.connect.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icr.tenant.LicenceState;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What Jira's answer for the app's own addons resource says of its licence. */
class ConnectSiteLicenceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Optional<LicenceState> of(String json) throws Exception {
        JsonNode app = JSON.readTree(json);
        return ConnectSiteLicence.stateOf(app);
    }

    @Test
    void readsActiveEvaluationAndInactive() throws Exception {
        assertThat(of("{\"key\":\"k\",\"license\":{\"active\":true,\"type\":\"COMMERCIAL\",\"evaluation\":false}}"))
            .contains(LicenceState.ACTIVE);
        assertThat(of("{\"key\":\"k\",\"license\":{\"active\":true,\"evaluation\":true}}"))
            .contains(LicenceState.EVALUATION);
        assertThat(of("{\"key\":\"k\",\"license\":{\"active\":false,\"evaluation\":true}}"))
            .contains(LicenceState.INACTIVE);
    }

    @Test
    void anAnswerWithoutALicenceIsAFreeOrDevelopmentInstallAndSaysNothing() throws Exception {
        assertThat(of("{\"key\":\"k\",\"state\":\"ENABLED\"}")).isEmpty();
        assertThat(ConnectSiteLicence.stateOf(null)).isEmpty();
    }

}
