package nl.voortgang.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.submission.Checksum;
import nl.voortgang.core.submission.IncomingFile;
import nl.voortgang.core.submission.KindDescriptor;
import nl.voortgang.core.submission.NewSubmission;
import nl.voortgang.core.submission.Submission;
import nl.voortgang.core.submission.SubmissionId;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.SubmissionStore;
import nl.voortgang.core.submission.Submissions;

/**
 * Submissions and their rows held in memory: what {@link nl.voortgang.core.submission.SubmissionIntake} reads and
 * stores. Every method holds the lock for its whole work, so each is atomic, as the port asks.
 */
public final class InMemorySubmissions implements Submissions, SubmissionStore {

    private final Map<SubmissionId, Submission> byId = new TreeMap<>();
    private final Map<SubmissionId, List<Object>> rows = new HashMap<>();
    private final Map<SubmissionId, Registered> pending = new HashMap<>();
    private final Map<String, List<Problem>> refused = new HashMap<>();
    private long lastId;

    /** A registered file with its rows stored so far. */
    private record Registered(OrganisationCode sender, Checksum checksum, SubmissionKey key, List<Object> rows, boolean refused) {
    }

    @Override
    public synchronized Optional<Submission> findByChecksum(OrganisationCode partner, Checksum checksum) {
        return byId.values().stream().filter(s -> s.key().partner().equals(partner) && s.checksum().equals(checksum)).findFirst();
    }

    @Override
    public synchronized List<Submission> history(SubmissionKey key) {
        return byId.values().stream().filter(s -> s.key().equals(key)).sorted(Comparator.comparingInt(Submission::version)).toList();
    }

    @Override
    public synchronized List<Submission> currentFor(AllianceCode alliance) {
        return byId.values().stream().filter(s -> s.key().alliance().equals(alliance) && s.isCurrent()).toList();
    }

    @Override
    public synchronized List<Submission> all() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public synchronized <T extends PartnerFigure> List<T> rows(SubmissionId submission, KindDescriptor<T> kind) {
        Submission stored = byId.get(submission);
        if (stored == null || stored.key().kind() != kind.kind()) {
            return List.of();
        }
        return rows.getOrDefault(submission, List.of()).stream().map(kind::cast).toList();
    }

    @Override
    public synchronized Earlier earlier(OrganisationCode sender, Checksum checksum) {
        Optional<Submission> accepted = findByChecksum(sender, checksum);
        if (accepted.isPresent()) {
            return new Accepted(accepted.get());
        }
        List<Problem> problems = refused.get(sender + "/" + checksum);
        if (problems != null) {
            return new Refused(problems);
        }
        return pending.entrySet().stream().filter(e -> e.getValue().sender().equals(sender) && e.getValue().checksum().equals(checksum))
                .findFirst().<Earlier>map(e -> new Interrupted(new Pending(e.getKey(), e.getValue().key(), e.getValue().rows().size())))
                .orElse(new Nothing());
    }

    @Override
    public synchronized <T extends PartnerFigure> Submission acceptWhole(IncomingFile file, NewSubmission submission, KindDescriptor<T> kind,
                                                                        List<Line<T>> lines) {
        SubmissionId id = new SubmissionId(++lastId);
        List<Object> figures = new ArrayList<>(lines.size());
        lines.forEach(line -> figures.add(line.row()));
        refused.remove(file.sender() + "/" + submission.checksum());
        return promote(id, submission, figures);
    }

    @Override
    public synchronized Pending begin(IncomingFile file, Checksum checksum, SubmissionKey key) {
        SubmissionId id = new SubmissionId(++lastId);
        pending.put(id, new Registered(file.sender(), checksum, key, new ArrayList<>(), false));
        return new Pending(id, key, 0);
    }

    @Override
    public synchronized <T extends PartnerFigure> void store(Pending registration, KindDescriptor<T> kind, List<Line<T>> lines) {
        List<Object> stored = registered(registration).rows();
        lines.forEach(line -> stored.add(line.row()));
    }

    @Override
    public synchronized Submission accept(Pending registration, NewSubmission submission) {
        Registered registered = registered(registration);
        if (registered.rows().size() != submission.rows()) {
            throw new IllegalStateException("submission " + registration.id() + " has " + registered.rows().size()
                    + " rows stored where its file has " + submission.rows());
        }
        pending.remove(registration.id());
        refused.remove(registered.sender() + "/" + submission.checksum());
        return promote(registration.id(), submission, registered.rows());
    }

    private Submission promote(SubmissionId id, NewSubmission submission, List<Object> figures) {
        List<Submission> history = history(submission.key());
        Submission stored = submission.asVersionAfter(id, history);
        history.stream().filter(Submission::isCurrent).forEach(old -> byId.put(old.id(), old.supersededBy(stored.id())));
        byId.put(stored.id(), stored);
        rows.put(stored.id(), List.copyOf(figures));
        return stored;
    }

    @Override
    public synchronized void refuse(IncomingFile file, Checksum checksum, SubmissionKind kind, List<Problem> problems,
                                    Optional<Pending> registration) {
        refused.put(file.sender() + "/" + checksum, List.copyOf(problems));
        registration.ifPresent(p -> {
            Registered registered = registered(p);
            pending.put(p.id(), new Registered(registered.sender(), registered.checksum(), registered.key(), registered.rows(), true));
        });
    }

    @Override
    public synchronized boolean discard(Pending registration, int atMost) {
        Registered registered = pending.get(registration.id());
        if (registered == null) {
            return false;
        }
        List<Object> stored = registered.rows();
        stored.subList(0, Math.min(atMost, stored.size())).clear();
        if (stored.isEmpty()) {
            pending.remove(registration.id());
            return false;
        }
        return true;
    }

    private Registered registered(Pending registration) {
        Registered registered = pending.get(registration.id());
        if (registered == null) {
            throw new IllegalStateException("submission " + registration.id() + " is not registered");
        }
        return registered;
    }
}
