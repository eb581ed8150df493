package com.icr.satisfaction.internal;

import com.icr.satisfaction.Notice;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.intake.Intake;
import com.icr.intake.Payloads;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Words the notices and queues them in the intake, in the caller's transaction: a notice
 * is sent if and only if the change that asked for it was written, and once, as its key
 * says which change it is for.
 */
@Component
class NoticeOutbox {

    static final String TOPIC = "notice";

    private final Intake intake;

    private final Payloads json;

    private final DepartmentManagement departments;

    NoticeOutbox(Intake intake, Payloads json, DepartmentManagement departments) {
        this.intake = intake;
        this.json = json;
        this.departments = departments;
    }

    void asked(SatisfactionCheck check) {
        queue(check, "ask:" + check.id(), check.asked(), "How did " + name(check, check
            .providerId()) + " do on " + key(check) + "?", name(check, check.providerId()) + " resolved " + key(check)
                    + ", which " + name(check, check.customerId()) + " asked for. "
                    + "Did it meet what your departments agreed? Rate it from 1 to 5 in the issue's Internal request panel; "
                    + "it takes a minute. The check closes on " + day(check.expiresAt()) + ".");
    }

    void reminded(SatisfactionCheck check, List<String> stillToAnswer) {
        queue(check, "remind:" + check.id(), stillToAnswer,
                "Reminder: how did " + name(check, check.providerId()) + " do on " + key(check) + "?",
                "You have not rated " + key(check) + " yet. Your answer tells " + name(check, check.providerId())
                        + " whether its work met " + "your expectation. The check closes on " + day(check.expiresAt())
                        + ".");
    }

    void lowAnswer(SatisfactionCheck check, CheckAnswer answer, String owner) {
        queue(check, "low:" + check.id() + ":" + answer.accountId(), List.of(owner),
                "A low satisfaction answer on " + key(check),
                name(check, check.customerId()) + " rated " + key(check) + " " + answer.rating()
                        + " of 5; expectation met: " + answer.met().key()
                        + ". Talk to them before it hardens into a frustration: the comment is in the issue's "
                        + "Internal request panel.");
    }

    void thanked(SatisfactionCheck check, Thanks thanks) {
        queue(check, "thanks:" + thanks.id(), thanks.to(),
                "Thank you from " + name(check, check.customerId()) + " for " + key(check),
                "Someone in " + name(check, check.customerId()) + " thanked you for your work on " + key(check) + "."
                        + (thanks.message().isEmpty() ? "" : " They wrote: \"" + thanks.message() + "\""));
    }

    private void queue(SatisfactionCheck check, String key, List<String> to, String subject, String text) {
        if (to.isEmpty()) {
            return;
        }
        intake.record(check.tenantId(), "notice:" + key, TOPIC,
                json.write(new Notice(check.issueId(), check.issueKey(), to, subject, text)));
    }

    private String name(SatisfactionCheck check, String departmentId) {
        return departments.findName(check.tenantId(), departmentId).map(DepartmentName::name).orElse("a department");
    }

    private static String key(SatisfactionCheck check) {
        return check.issueKey() == null ? "issue " + check.issueId() : check.issueKey();
    }

    private static String day(java.time.Instant at) {
        return at == null ? "–" : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

}
