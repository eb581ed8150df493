package com.icr.forge.internal;

import com.icr.intake.Intake;
import com.icr.tenant.Caller;
import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Forge app's lifecycle and its scheduled trigger. {@link ForgeDoor} has verified the
 * invocation token, linked the installation to its site and kept the system token the
 * call carried before these run; the event bodies add nothing we trust beyond the token.
 */
@RestController
class ForgeLifecycleController {

    private static final Logger log = LoggerFactory.getLogger(ForgeLifecycleController.class);

    private final ForgeInstallations installations;

    private final Intake intake;

    ForgeLifecycleController(ForgeInstallations installations, Intake intake) {
        this.installations = installations;
        this.intake = intake;
    }

    /**
     * {@code avi:forge:installed:app} and {@code avi:forge:upgraded:app}: the
     * installation is (again) installed on its site.
     */
    @PostMapping("/forge/lifecycle/installed")
    ResponseEntity<Void> installed(Caller caller, HttpServletRequest request) {
        Invocation invocation = invocationOf(request);
        installations.installed(invocation);
        log.info("Forge installation {} ({}) installed on site {}", invocation.installationKey(),
                invocation.product().key(), caller.tenantId());
        return ResponseEntity.noContent().build();
    }

    /**
     * The pre-uninstall event: the installation stops reaching the site and the site's
     * retention starts, as when Connect's {@code uninstalled} arrives.
     */
    @PostMapping("/forge/lifecycle/uninstalling")
    ResponseEntity<Void> uninstalling(Caller caller, HttpServletRequest request) {
        Invocation invocation = invocationOf(request);
        installations.uninstalling(invocation);
        log.info("Forge installation {} uninstalling from site {}", invocation.installationKey(), caller.tenantId());
        return ResponseEntity.noContent().build();
    }

    /**
     * The hourly trigger: it brought a fresh system token (kept by the door), so the
     * site's deliveries that failed for want of one are tried again now.
     */
    @PostMapping("/forge/scheduled/hourly")
    ResponseEntity<Void> hourly(Caller caller) {
        intake.retryWaiting(caller.tenantId());
        return ResponseEntity.noContent().build();
    }

    private static Invocation invocationOf(HttpServletRequest request) {
        return (Invocation) request.getAttribute(ForgeDoor.INVOCATION_ATTRIBUTE);
    }

}
