package nl.voortgang.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

/**
 * The compiled templates, once per JVM. A template is read from its {@code .jasper} file, compiled at build time
 * from the {@code .jrxml} beside it; where that file is missing (a run from an IDE that skipped the build's
 * precompile step) the {@code .jrxml} is compiled on first use instead. Never per report. Thread-safe: a compiled
 * {@link JasperReport} may be filled by several threads at once.
 */
final class Templates {

    static final String FOLDER = "nl/voortgang/reports/templates/";
    static final String STYLES = FOLDER + "styles.jrtx";

    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();
    private static volatile JRTemplate styles;

    private Templates() {
    }

    /** The compiled template {@code name} ({@code progress-report}, {@code activities}, …). */
    static JasperReport get(String name) {
        return COMPILED.computeIfAbsent(name, Templates::load);
    }

    /** The shared styles, passed to every report as {@code REPORT_TEMPLATES}. */
    static JRTemplate styles() {
        JRTemplate loaded = styles;
        if (loaded == null) {
            synchronized (Templates.class) {
                if (styles == null) {
                    try (InputStream in = resource(STYLES)) {
                        styles = JRXmlTemplateLoader.load(in);
                    } catch (IOException e) {
                        throw new ReportRenderingException("De stijlen " + STYLES + " konden niet worden gelezen.", e);
                    }
                }
                loaded = styles;
            }
        }
        return loaded;
    }

    private static JasperReport load(String name) {
        try (InputStream compiled = Templates.class.getClassLoader().getResourceAsStream(FOLDER + name + ".jasper")) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Sjabloon " + name + ".jasper kon niet worden geladen.", e);
        }
        try (InputStream source = resource(FOLDER + name + ".jrxml")) {
            return JasperCompileManager.compileReport(source);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Sjabloon " + name + ".jrxml kon niet worden gecompileerd.", e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new ReportRenderingException("Sjabloon " + path + " ontbreekt op het classpath.");
        }
        return in;
    }
}
