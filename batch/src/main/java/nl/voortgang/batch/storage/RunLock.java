package nl.voortgang.batch.storage;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One run at a time that writes. The lock is a row in the database, so it also holds between machines that
 * share one. The holder renews it every ten seconds; a lock left by a run that was killed is taken over once
 * its holder is known to be gone (same machine, process no longer running) or its heartbeat is a minute old. Every
 * moment is the database's own ({@code CURRENT_TIMESTAMP}, in the SQL itself): machines whose clocks disagree still
 * agree on when a heartbeat is stale.
 */
public final class RunLock {

    private static final String NAME = "voortgang";
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final Duration STALE = Duration.ofSeconds(60);
    private static final String STALE_BEFORE = "CURRENT_TIMESTAMP - INTERVAL '" + STALE.toSeconds() + "' SECOND";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String holder;
    private ScheduledExecutorService heartbeat;

    public RunLock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.holder = host() + ":" + ProcessHandle.current().pid();
    }

    /** Takes the lock for {@code purpose}, or says who holds it. */
    public synchronized Optional<String> acquire(String purpose) {
        Instant now = clock.instant();
        String description = holder + " (" + purpose + ", sinds " + now + ")";
        try {
            jdbc.sql("INSERT INTO run_lock (name, holder, acquired_at, heartbeat_at) VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .params(NAME, description).update();
        } catch (DataIntegrityViolationException held) {
            Optional<String> current = jdbc.sql("SELECT holder FROM run_lock WHERE name = ?").param(NAME).query(String.class).optional();
            boolean takenOver = current.isPresent() && takeOver(description, !holderIsGone(current.get()));
            if (!takenOver) {
                return Optional.of(current.orElse("een andere run"));
            }
        }
        startHeartbeat();
        return Optional.empty();
    }

    /** Whether a run that is still alive holds the lock (another process; this one never asks while holding it). */
    public boolean isHeldByALiveRun() {
        return jdbc.sql("SELECT holder, CASE WHEN heartbeat_at < " + STALE_BEFORE + " THEN 1 ELSE 0 END AS stale FROM run_lock WHERE name = ?")
                .param(NAME).query((rs, n) -> !holderIsGone(rs.getString("holder")) && rs.getInt("stale") == 0).optional().orElse(false);
    }

    /** Takes the lock over from a holder that is gone, or (onlyIfStale) from one whose heartbeat is stale on the database's clock. */
    private boolean takeOver(String description, boolean onlyIfStale) {
        return jdbc.sql("UPDATE run_lock SET holder = ?, acquired_at = CURRENT_TIMESTAMP, heartbeat_at = CURRENT_TIMESTAMP WHERE name = ?"
                + (onlyIfStale ? " AND heartbeat_at < " + STALE_BEFORE : "")).params(description, NAME).update() == 1;
    }

    /** A holder on this machine whose process has ended (killed, crashed) is gone. */
    private boolean holderIsGone(String description) {
        String hostAndPid = description.split(" ")[0];
        int colon = hostAndPid.lastIndexOf(':');
        if (colon < 0 || !hostAndPid.substring(0, colon).equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(hostAndPid.substring(colon + 1));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void startHeartbeat() {
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "voortgang-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> jdbc.sql("UPDATE run_lock SET heartbeat_at = CURRENT_TIMESTAMP WHERE name = ? AND holder LIKE ?")
                .params(NAME, holder + " %").update(), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    public synchronized void release() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        jdbc.sql("DELETE FROM run_lock WHERE name = ? AND holder LIKE ?").params(NAME, holder + " %").update();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
