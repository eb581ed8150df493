package com.icr.preview;

import com.atlassian.connect.spring.IgnoreJwt;
import com.icr.core.InvalidInput;
import com.icr.tenant.LicenceState;
import java.util.Arrays;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The preview's licence switch: {@code active}, {@code evaluation} or {@code inactive}
 * for the demo site. Answers only this machine.
 */
@IgnoreJwt
@RestController
@Conditional(PreviewActivation.class)
class PreviewLicenceController {

    private final DemoLicence licence;

    PreviewLicenceController(DemoLicence licence) {
        this.licence = licence;
    }

    record LicenceView(String state) {

        static LicenceView of(LicenceState state) {
            return new LicenceView(state.name().toLowerCase(Locale.ROOT));
        }
    }

    @GetMapping("/preview/api/licence")
    LicenceView licence(HttpServletRequest request) {
        PreviewController.requireLoopback(request);
        return LicenceView.of(licence.state());
    }

    @PutMapping("/preview/api/licence")
    LicenceView switchLicence(@RequestBody LicenceView wanted, HttpServletRequest request) {
        PreviewController.requireLoopback(request);
        String state = wanted == null || wanted.state() == null ? "" : wanted.state().strip();
        LicenceState next = Arrays.stream(LicenceState.values())
            .filter(s -> s.name().equalsIgnoreCase(state))
            .findFirst()
            .orElseThrow(() -> new InvalidInput("state", "input.one-of", "active, evaluation, inactive"));
        licence.switchTo(next);
        return LicenceView.of(next);
    }

}
