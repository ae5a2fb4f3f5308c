package nl.voortgang.batch.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import nl.voortgang.batch.BatchTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run lock between machines that share a database: whether a holder's heartbeat is stale is judged on the database's
 * clock, so a machine whose own clock is an hour off neither takes a live run's lock nor leaves a dead run's lock standing.
 */
class RunLockTests extends BatchTestSupport {

    private static final String ANOTHER_MACHINE = "andere-machine:4242 (nightly, sinds vannacht)";

    private RunLock lock;

    @AfterEach
    void releaseIt() {
        if (lock != null) {
            lock.release();
        }
    }

    private void anotherMachineHoldsTheLockWithItsLastHeartbeat(int secondsAgo) {
        jdbc.sql("INSERT INTO run_lock (name, holder, acquired_at, heartbeat_at) VALUES ('voortgang', ?, CURRENT_TIMESTAMP - INTERVAL '"
                + (secondsAgo + 3600) + "' SECOND, CURRENT_TIMESTAMP - INTERVAL '" + secondsAgo + "' SECOND)").param(ANOTHER_MACHINE).update();
    }

    @Test
    void a_machine_whose_clock_runs_an_hour_ahead_does_not_take_the_lock_of_a_run_that_is_alive() {
        anotherMachineHoldsTheLockWithItsLastHeartbeat(5);
        lock = new RunLock(jdbc, Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));

        assertThat(lock.acquire("nightly")).contains(ANOTHER_MACHINE);
        assertThat(lock.isHeldByALiveRun()).isTrue();
        lock = null;
    }

    @Test
    void a_machine_whose_clock_runs_an_hour_behind_takes_over_the_lock_of_a_run_whose_heartbeat_stopped_two_minutes_ago() {
        anotherMachineHoldsTheLockWithItsLastHeartbeat(120);
        lock = new RunLock(jdbc, Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));

        assertThat(lock.isHeldByALiveRun()).isFalse();
        assertThat(lock.acquire("nightly")).isEmpty();
        assertThat(jdbc.sql("SELECT holder FROM run_lock").query(String.class).single()).doesNotContain("andere-machine").contains("(nightly, sinds ");
    }
}
