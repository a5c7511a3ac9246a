package academy.projector.projection.infrastructure;

import academy.eventstore.FeedPosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a progress broadcast: a line naming the sending replica, then {@code c} (drop
 * every cached dashboard), {@code l <id>,<id>…} (these learners' dashboards changed) and
 * {@code p <projection> <transaction id> <position>} lines. Long learner lists are split over
 * several payloads; the positions travel in the last one.
 */
final class ProgressMessages {

    private ProgressMessages() {
    }

    record Message(String replica, boolean clearAll, List<Long> learners, Map<String, FeedPosition> positions) {
    }

    static List<String> write(String replica, boolean clearAll, Collection<Long> learners,
                              Map<String, FeedPosition> positions, int maxPayload) {
        List<String> payloads = new ArrayList<>();
        StringBuilder current = header(replica, clearAll);
        StringBuilder ids = new StringBuilder();
        for (Long learner : learners) {
            String id = Long.toString(learner);
            if (current.length() + ids.length() + id.length() + 8 > maxPayload) {
                payloads.add(current.append("l ").append(ids).append('\n').toString());
                current = header(replica, false);
                ids.setLength(0);
            }
            ids.append(ids.length() == 0 ? "" : ",").append(id);
        }
        if (ids.length() > 0) {
            current.append("l ").append(ids).append('\n');
        }
        StringBuilder last = current;
        for (Map.Entry<String, FeedPosition> position : positions.entrySet()) {
            String line = "p " + position.getKey() + " " + position.getValue().transactionId() + " "
                    + position.getValue().globalPosition() + "\n";
            if (last.length() + line.length() > maxPayload) {
                payloads.add(last.toString());
                last = header(replica, false);
            }
            last.append(line);
        }
        payloads.add(last.toString());
        return payloads;
    }

    /** The message, or null when the payload is not one (ignored). */
    static Message read(String payload) {
        if (payload == null || payload.isEmpty()) {
            return null;
        }
        String[] lines = payload.split("\n");
        if (!lines[0].startsWith("r ")) {
            return null;
        }
        boolean clearAll = false;
        List<Long> learners = new ArrayList<>();
        Map<String, FeedPosition> positions = new LinkedHashMap<>();
        try {
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.equals("c")) {
                    clearAll = true;
                } else if (line.startsWith("l ")) {
                    for (String id : line.substring(2).split(",")) {
                        learners.add(Long.parseLong(id));
                    }
                } else if (line.startsWith("p ")) {
                    String[] parts = line.split(" ");
                    positions.put(parts[1], new FeedPosition(Long.parseLong(parts[2]), Long.parseLong(parts[3])));
                }
            }
        } catch (RuntimeException malformed) {
            return null;
        }
        return new Message(lines[0].substring(2), clearAll, learners, positions);
    }

    private static StringBuilder header(String replica, boolean clearAll) {
        StringBuilder header = new StringBuilder("r ").append(replica).append('\n');
        if (clearAll) {
            header.append("c\n");
        }
        return header;
    }
}
