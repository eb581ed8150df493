package com.icr.tenant.internal;

import com.icr.core.AccountId;
import com.icr.core.InvalidInput;
import com.icr.tenant.Caller;
import com.icr.tenant.People;
import com.icr.tenant.Person;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/people}: who the accounts a page shows are (name, avatar, or a former
 * user), for any caller of the site, asked of the site's product in one bulk call for
 * those not kept from an earlier answer. A page asks once with every id it shows.
 */
@RestController
@Tag(name = "people")
class PeopleController {

    /** The most accounts one call may ask about. */
    static final int MAX_ACCOUNTS = 200;

    @Schema(name = "Person")
    record PersonView(String accountId, @Schema(nullable = true,
            description = "The name the product shows; null for a former user, or when the product could not be asked") String displayName,
            @Schema(nullable = true, description = "An image of the person, 48 pixels square") String avatarUrl,
            @Schema(description = "The product no longer knows the account: show it as a former user") boolean former) {

        static PersonView of(Person person) {
            return new PersonView(person.accountId().value(), person.displayName(), person.avatarUrl(),
                    person.former());
        }
    }

    @Schema(name = "People")
    record PeopleView(@ArraySchema(schema = @Schema(implementation = PersonView.class)) List<PersonView> people) {
    }

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @Operation(summary = "The people behind these account ids: name, avatar, or a former user")
    @ApiResponse(responseCode = "200", description = "One entry per distinct account id, in the order asked")
    @ApiResponse(responseCode = "400", description = "A malformed account id, or more than 200 (field accountId)")
    @GetMapping("/api/people")
    PeopleView people(Caller caller,
            @Parameter(description = "An Atlassian account id; repeat the parameter for each, at most 200",
                    array = @ArraySchema(schema = @Schema(type = "string"), maxItems = MAX_ACCOUNTS)) @RequestParam(
                            name = "accountId", required = false) List<String> accountIds) {
        Set<AccountId> asked = new LinkedHashSet<>();
        for (String id : accountIds == null ? List.<String>of() : accountIds) {
            asked.add(AccountId.required("accountId", id));
        }
        if (asked.size() > MAX_ACCOUNTS) {
            throw new InvalidInput("accountId", "input.too-many-accounts", MAX_ACCOUNTS, asked.size());
        }
        if (asked.isEmpty()) {
            return new PeopleView(List.of());
        }
        Map<AccountId, Person> known = people.of(caller.tenantId(), asked);
        List<PersonView> views = new ArrayList<>();
        for (AccountId account : asked) {
            Person person = known.get(account);
            views.add(PersonView.of(person == null ? new Person(account, null, null, null, false) : person));
        }
        return new PeopleView(views);
    }

}
