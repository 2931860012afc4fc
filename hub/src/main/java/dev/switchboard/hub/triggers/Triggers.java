package dev.switchboard.hub.triggers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.hub.triggers.internal.TriggerReads;
import dev.switchboard.sdk.detector.TriggerType;
import org.springframework.stereotype.Service;

/** Reads sales triggers: by account, type and time, newest first, each with its sources. */
@Service
public class Triggers {

    private final TriggerReads reads;

    Triggers(TriggerReads reads) {
        this.reads = reads;
    }

    /**
     * @param type  a trigger type code ({@code funding}), or {@code null}
     * @param since only triggers last seen at or after this, or {@code null}
     * @throws BadInputException for an unknown type
     */
    public List<TriggerView> find(UUID accountId, String type, Instant since, int offset, int limit) {
        if (type != null) {
            try {
                TriggerType.ofCode(type);
            } catch (IllegalArgumentException e) {
                throw BadInputException.invalid(List.of(new Problem("type", e.getMessage())));
            }
        }
        return reads.find(accountId, type, since, offset, limit).stream().map(Triggers::view).toList();
    }

    private static TriggerView view(TriggerReads.Row r) {
        return new TriggerView(r.id(), r.accountId(), r.accountName(), r.type(), r.confidence(), r.mention(),
                r.evidence(), r.detectorId(), r.language(), r.detectedAt(), r.lastSeenAt(), r.activityId(), r.taskId(),
                r.sources().stream().map(s -> new TriggerView.Source(s.documentId(), s.url(), s.kind(), s.source(),
                        s.confidence(), s.evidence(), s.detectedAt())).toList());
    }
}
