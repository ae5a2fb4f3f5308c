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
 * its holder is known to be gone (same machine, process no longer running) or its heartbeat is a minute old.
 */
public final class RunLock {

    private static final String NAME = "voortgang";
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final Duration STALE = Duration.ofSeconds(60);

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
            jdbc.sql("INSERT INTO run_lock (name, holder, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?)")
                    .params(NAME, description, Sql.utc(now), Sql.utc(now)).update();
        } catch (DataIntegrityViolationException held) {
            Optional<String> current = jdbc.sql("SELECT holder FROM run_lock WHERE name = ?").param(NAME).query(String.class).optional();
            boolean takenOver = current.isPresent() && (holderIsGone(current.get()) ? takeOver(description, now, null)
                    : takeOver(description, now, now.minus(STALE)));
            if (!takenOver) {
                return Optional.of(current.orElse("een andere run"));
            }
        }
        startHeartbeat();
        return Optional.empty();
    }

    /** Whether a run that is still alive holds the lock (another process; this one never asks while holding it). */
    public boolean isHeldByALiveRun() {
        return jdbc.sql("SELECT holder, heartbeat_at FROM run_lock WHERE name = ?").param(NAME)
                .query((rs, n) -> !holderIsGone(rs.getString("holder")) && !Sql.instant(rs, "heartbeat_at").isBefore(clock.instant().minus(STALE)))
                .optional().orElse(false);
    }

    private boolean takeOver(String description, Instant now, Instant staleBefore) {
        var sql = "UPDATE run_lock SET holder = ?, acquired_at = ?, heartbeat_at = ? WHERE name = ?"
                + (staleBefore == null ? "" : " AND heartbeat_at < ?");
        var statement = jdbc.sql(sql).params(description, Sql.utc(now), Sql.utc(now), NAME);
        if (staleBefore != null) {
            statement = statement.param(Sql.utc(staleBefore));
        }
        return statement.update() == 1;
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
        heartbeat.scheduleAtFixedRate(() -> jdbc.sql("UPDATE run_lock SET heartbeat_at = ? WHERE name = ? AND holder LIKE ?")
                .params(Sql.utc(clock.instant()), NAME, holder + " %").update(), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
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
