package nl.voortgang.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What an administrator reads when a folder refuses a write: the folder and the cause in Dutch, and that nothing is half stored. */
class DiskTroubleTests {

    @Test
    void a_full_disk_is_called_full() {
        DiskTrouble trouble = DiskTrouble.of("Een kopie van begroting.csv bewaren", Path.of("/data/files/NVR"),
                new FileSystemException("/data/files/NVR/begroting.csv.part", null, "No space left on device"));

        assertThat(trouble.getMessage()).isEqualTo("Een kopie van begroting.csv bewaren lukt niet in de map /data/files/NVR: de schijf is vol "
                + "(maak ruimte vrij). Los dat op en voer dezelfde opdracht opnieuw uit; er is niets half opgeslagen.");
    }

    @Test
    void a_folder_without_write_permission_names_the_path_refused() {
        assertThat(DiskTrouble.cause(new AccessDeniedException("/srv/archief/NVR"))).isEqualTo("geen toestemming om te schrijven in /srv/archief/NVR "
                + "(geef de gebruiker die Voortgang draait schrijfrechten)");
        assertThat(DiskTrouble.cause(new FileSystemException("/mnt/usb/x", null, "Read-only file system"))).isEqualTo("het bestandssysteem is alleen-lezen");
    }

    @Test
    void the_trouble_is_found_behind_the_failures_that_wrap_it() {
        DiskTrouble trouble = DiskTrouble.of("Iets", Path.of("/x"), new AccessDeniedException("/x"));

        assertThat(DiskTrouble.in(new IllegalStateException("step failed", new RuntimeException(trouble)))).contains(trouble);
        assertThat(DiskTrouble.in(new IllegalStateException("anders"))).isEmpty();
    }
}
