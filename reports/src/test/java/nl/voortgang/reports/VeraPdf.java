package nl.voortgang.reports;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF as the tests use it: one profile (PDF/A-2a, PDF/UA-1), every failed rule with its clause, test number, description and count. */
final class VeraPdf {

    private static volatile boolean initialised;

    private VeraPdf() {
    }

    /** The result of validating {@code pdf} against {@code flavour}: each rule that failed, "spec clause-test: description (n×)". */
    static Verdict validate(byte[] pdf, PDFAFlavour flavour) {
        initialise();
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = foundry.createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return new Verdict(result.getPDFAFlavour(), result.isCompliant(), failedRules(result));
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate: " + e, e);
        }
    }

    record Verdict(PDFAFlavour flavour, boolean compliant, List<String> failedRules) {
    }

    private static void initialise() {
        if (!initialised) {
            synchronized (VeraPdf.class) {
                if (!initialised) {
                    VeraGreenfieldFoundryProvider.initialise();
                    initialised = true;
                }
            }
        }
    }

    /** "ISO 19005-2:2011 6.2.11.4.2-1: description (3×)" per failed rule. */
    static List<String> failedRules(ValidationResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> descriptions = new TreeMap<>();
        for (TestAssertion assertion : result.getTestAssertions()) {
            if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                var rule = assertion.getRuleId();
                String key = rule.getSpecification().getId() + " " + rule.getClause() + "-" + rule.getTestNumber();
                counts.merge(key, 1, Integer::sum);
                descriptions.putIfAbsent(key, assertion.getMessage());
            }
        }
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + descriptions.get(e.getKey()) + " (" + e.getValue() + "×)").toList();
    }
}
