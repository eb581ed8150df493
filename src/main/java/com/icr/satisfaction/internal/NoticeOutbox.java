package com.icr.satisfaction.internal;

import com.icr.satisfaction.Notice;
import com.icr.department.DepartmentManagement;
import com.icr.department.DepartmentName;
import com.icr.intake.Intake;
import com.icr.intake.Payloads;
import com.icr.satisfaction.Notice.Part;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says what the notices are about (their words are the {@code i18n/notices} bundles',
 * written in each recipient's language when sent, people named then) and queues them in
 * the intake, in the caller's transaction: a notice is sent if and only if the change
 * that asked for it was written, and once, as its key says which change it is for.
 */
@Component
class NoticeOutbox {

    static final String TOPIC = "notice";

    private final Intake intake;

    private final Payloads json;

    private final DepartmentManagement departments;

    private final MessageSource messages;

    NoticeOutbox(Intake intake, Payloads json, DepartmentManagement departments, MessageSource messages) {
        this.messages = messages;
        this.intake = intake;
        this.json = json;
        this.departments = departments;
    }

    void asked(SatisfactionCheck check) {
        queue(check, "ask:" + check.id(), check.asked(), "asked", name(check, check.providerId()), issue(check),
                name(check, check.customerId()), Part.date(check.expiresAt()));
    }

    void reminded(SatisfactionCheck check, List<String> stillToAnswer) {
        queue(check, "remind:" + check.id(), stillToAnswer, "reminded", name(check, check.providerId()), issue(check),
                Part.date(check.expiresAt()));
    }

    void lowAnswer(SatisfactionCheck check, CheckAnswer answer, String owner) {
        queue(check, "low:" + check.id() + ":" + answer.accountId(), List.of(owner),
                answer.scale() == Questionnaire.Scale.NPS_11 ? "lowAnswerNps" : "lowAnswer", issue(check),
                Part.person(answer.accountId()), name(check, check.customerId()), Part.number(answer.rating()),
                Part.words("notice.met." + answer.met().key()));
    }

    void thanked(SatisfactionCheck check, Thanks thanks) {
        boolean wrote = !thanks.message().isEmpty();
        queue(check, "thanks:" + thanks.id(), thanks.to(), wrote ? "thankedWithMessage" : "thanked",
                name(check, check.customerId()), issue(check), Part.person(thanks.from()), Part.text(thanks.message()));
    }

    private void queue(SatisfactionCheck check, String key, List<String> to, String message, Part... parts) {
        if (to.isEmpty()) {
            return;
        }
        intake.record(check.tenantId(), "notice:" + key, TOPIC,
                json.write(Notice.of(messages, check.issueId(), check.issueKey(), to, message, List.of(parts))));
    }

    private Part name(SatisfactionCheck check, String departmentId) {
        return departments.findName(check.tenantId(), departmentId)
            .map(DepartmentName::name)
            .map(Part::text)
            .orElse(Part.words("notice.aDepartment"));
    }

    private static Part issue(SatisfactionCheck check) {
        return Part.issue(check.issueKey(), check.issueId());
    }

}
