package dev.switchboard.hub.identity.web;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.hub.identity.IdentityMatcher;
import dev.switchboard.hub.identity.PeopleCsv;
import dev.switchboard.hub.identity.PersonRecord;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/identity/dedupe}: clusters a batch of people (the step before an import). CSV in
 * ({@code record_id,source,first_name,last_name,email,phone,company,city}), CSV out
 * ({@code record_id,cluster_id}); or a JSON array of objects with those keys, and a JSON array out.
 * One answer per record, in input order; a bad CSV is a 400 naming the line.
 */
@RestController
@RequestMapping("/api/identity")
@Tag(name = "Identity", description = "is this person already known? batch dedupe")
class DedupeApi {

    private final IdentityMatcher matcher;

    DedupeApi(IdentityMatcher matcher) {
        this.matcher = matcher;
    }

    /** A person in the JSON form of the request. */
    record Row(@JsonProperty("record_id") String recordId, String source, @JsonProperty("first_name") String firstName,
               @JsonProperty("last_name") String lastName, String email, String phone, String company, String city) {
    }

    /** One record's cluster. */
    record Clustered(@JsonProperty("record_id") String recordId, @JsonProperty("cluster_id") String clusterId) {
    }

    @PostMapping(path = "/dedupe", consumes = "text/csv", produces = "text/csv")
    String dedupeCsv(@RequestBody String csv) throws IOException {
        List<PersonRecord> people = PeopleCsv.read(new StringReader(csv));
        StringBuilder out = new StringBuilder();
        PeopleCsv.write(matcher.cluster(people), out);
        return out.toString();
    }

    @PostMapping(path = "/dedupe", consumes = "application/json", produces = "application/json")
    List<Clustered> dedupeJson(@RequestBody List<Row> rows) {
        List<PersonRecord> people = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r == null || r.recordId() == null || r.recordId().isBlank() || !ids.add(r.recordId().strip())) {
                throw new IllegalArgumentException("[" + i + "].record_id: missing or repeated");
            }
            people.add(new PersonRecord(r.recordId().strip(), r.source(), r.firstName(), r.lastName(), r.email(),
                    r.phone(), r.company(), r.city()));
        }
        Map<String, String> clusters = matcher.cluster(people);
        return people.stream().map(p -> new Clustered(p.recordId(), clusters.get(p.recordId()))).toList();
    }
}
