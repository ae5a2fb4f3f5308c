package nl.voortgang.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The structure tree of a tagged PDF as the exporter writes it, at the level of its dictionaries: the elements and their
 * kids ({@code /K}), and the parent tree, which says for each marked-content sequence (page, MCID) which element it
 * belongs to. The finishing steps take elements out of the tree or put new ones in; what they take out stops being
 * content and must become an artifact in the page, which {@link #takeOut} records for {@link ContentArtifacts}.
 */
final class StructTree {

    static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    static final COSName PAGINATION = COSName.getPDFName("Pagination");

    private final COSDictionary root;
    /** The parent tree's arrays by key (a page's {@code /StructParents}): MCID to element. */
    private final Map<Integer, COSArray> parentTree = new LinkedHashMap<>();
    private final Map<Integer, COSDictionary> pages = new LinkedHashMap<>();
    /** For each element that owns marked content: the key of the first page it is on. */
    private final Map<COSDictionary, Integer> firstPage = new IdentityHashMap<>();
    /** Per page: MCID of a sequence to re-mark as an artifact, with its type (null: none). */
    private final Map<COSDictionary, Map<Integer, COSName>> artifacts = new IdentityHashMap<>();

    private StructTree(COSDictionary root, PDDocument document) {
        this.root = root;
        for (PDPage page : document.getPages()) {
            int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS, -1);
            if (key >= 0) {
                pages.put(key, page.getCOSObject());
            }
        }
        collectParentTree(root.getCOSDictionary(COSName.PARENT_TREE));
        parentTree.forEach((key, elements) -> {
            for (int i = 0; i < elements.size(); i++) {
                if (elements.getObject(i) instanceof COSDictionary element) {
                    firstPage.putIfAbsent(element, key);
                }
            }
        });
    }

    /** The document's structure tree, or null when it is not tagged. */
    static StructTree of(PDDocument document) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        return root == null ? null : new StructTree(root, document);
    }

    private void collectParentTree(COSDictionary node) {
        if (node == null) {
            return;
        }
        COSArray nums = node.getCOSArray(COSName.NUMS);
        if (nums != null) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key && nums.getObject(i + 1) instanceof COSArray elements) {
                    parentTree.put(key.intValue(), elements);
                }
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    collectParentTree(kid);
                }
            }
        }
    }

    /** Every structure element under the root, parents before their kids, in reading order. */
    List<COSDictionary> elements() {
        List<COSDictionary> all = new ArrayList<>();
        for (COSDictionary top : kids(root)) {
            collect(top, all);
        }
        return all;
    }

    private void collect(COSDictionary element, List<COSDictionary> into) {
        into.add(element);
        for (COSDictionary kid : kids(element)) {
            collect(kid, into);
        }
    }

    /** The structure elements among an element's (or the root's) kids; marked-content references and MCIDs left out. */
    static List<COSDictionary> kids(COSDictionary parent) {
        List<COSDictionary> kids = new ArrayList<>();
        for (COSBase kid : kidList(parent)) {
            if (resolve(kid) instanceof COSDictionary dictionary && dictionary.containsKey(COSName.S)) {
                kids.add(dictionary);
            }
        }
        return kids;
    }

    /** The element's {@code /K} as an array, made one if it was a single kid (or none). */
    static COSArray kidArray(COSDictionary parent) {
        COSBase k = parent.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (k != null) {
            array.add(parent.getItem(COSName.K));
        }
        parent.setItem(COSName.K, array);
        return array;
    }

    private static List<COSBase> kidList(COSDictionary parent) {
        COSBase k = parent.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            array.forEach(kids::add);
        } else if (k != null) {
            kids.add(k);
        }
        return kids;
    }

    static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    static String type(COSDictionary element) {
        return element.getNameAsString(COSName.S);
    }

    /** The key of the first page on which the element, or one of its descendants, has content; -1 if none. */
    int firstPageOf(COSDictionary element) {
        Integer page = firstPage.get(element);
        if (page != null) {
            return page;
        }
        for (COSDictionary kid : kids(element)) {
            int p = firstPageOf(kid);
            if (p >= 0) {
                return p;
            }
        }
        return -1;
    }

    /** Removes the elements from their parents' kids: one pass over each parent's kids, however many it loses. */
    static void detach(Collection<COSDictionary> elements) {
        Map<COSDictionary, Set<COSDictionary>> byParent = new IdentityHashMap<>();
        for (COSDictionary element : elements) {
            byParent.computeIfAbsent(element.getCOSDictionary(COSName.P), p -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .add(element);
        }
        byParent.forEach((parent, leaving) -> {
            COSArray kids = kidArray(parent);
            List<COSBase> staying = new ArrayList<>(kids.size());
            int removed = 0;
            for (int i = 0; i < kids.size(); i++) {
                if (resolve(kids.get(i)) instanceof COSDictionary kid && leaving.contains(kid)) {
                    removed++;
                } else {
                    staying.add(kids.get(i));
                }
            }
            if (removed != leaving.size()) {
                throw new IllegalStateException("a structure element to take out is not among its parent's kids");
            }
            kids.clear();
            staying.forEach(kids::add);
        });
    }

    /**
     * Every run of consecutive kids of type {@code type} of one parent, in reading order; kids of a parent of type
     * {@code groupType} are left out (they are grouped already).
     */
    List<List<COSDictionary>> runsOf(String type, String groupType) {
        List<List<COSDictionary>> runs = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSDictionary element : elements()) {
            COSDictionary parent = element.getCOSDictionary(COSName.P);
            if (!type.equals(type(element)) || parent == null || groupType.equals(type(parent)) || !seen.add(parent)) {
                continue;
            }
            List<COSDictionary> run = new ArrayList<>();
            for (COSDictionary kid : kids(parent)) {
                if (type.equals(type(kid))) {
                    run.add(kid);
                } else if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
        }
        return runs;
    }

    /** A new structure element of the given standard type with these kids (their parent becomes the new element). */
    static COSDictionary newElement(String type, List<COSDictionary> kids) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        element.setItem(COSName.S, COSName.getPDFName(type));
        COSArray array = new COSArray();
        for (COSDictionary kid : kids) {
            array.add(kid);
            kid.setItem(COSName.P, element);
        }
        element.setItem(COSName.K, array);
        return element;
    }

    /**
     * Puts {@code groups} where the run of kids was in their (former) parent. Call it with the parent the run had: the
     * run's kids may already have the groups as their parent.
     */
    static void replaceRun(COSDictionary parent, List<COSDictionary> run, List<COSDictionary> groups) {
        COSArray kids = kidArray(parent);
        int at = indexOf(kids, run.get(0));
        // a run is consecutive: its kids follow the first one
        for (COSDictionary kid : run) {
            if (at >= kids.size() || resolve(kids.get(at)) != kid) {
                throw new IllegalStateException("the run of " + type(kid) + " elements is not consecutive among its parent's kids");
            }
            kids.remove(at);
        }
        for (int i = 0; i < groups.size(); i++) {
            kids.add(at + i, groups.get(i));
            groups.get(i).setItem(COSName.P, parent);
        }
    }

    private static int indexOf(COSArray kids, COSDictionary element) {
        for (int i = 0; i < kids.size(); i++) {
            if (resolve(kids.get(i)) == element) {
                return i;
            }
        }
        throw new IllegalStateException("structure element " + type(element) + " is not among its parent's kids");
    }

    /**
     * Takes elements (with everything under them) out of the tree: their marked content becomes an artifact of the
     * given type (null: an artifact without type), and their slots in the parent tree are emptied.
     */
    void takeOut(Collection<COSDictionary> taken, COSName artifactType) {
        Set<COSDictionary> withDescendants = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSDictionary element : taken) {
            List<COSDictionary> subtree = new ArrayList<>();
            collect(element, subtree);
            withDescendants.addAll(subtree);
        }
        detach(taken);
        parentTree.forEach((key, elements) -> {
            for (int i = 0; i < elements.size(); i++) {
                if (elements.getObject(i) instanceof COSDictionary element && withDescendants.contains(element)) {
                    elements.set(i, COSNull.NULL);
                    COSDictionary page = pages.get(key);
                    if (page != null) {
                        artifacts.computeIfAbsent(page, p -> new HashMap<>()).put(i, artifactType);
                    }
                }
            }
        });
    }

    /** Per page, the MCIDs whose sequences must be re-marked as artifacts (and the artifact's type, or null). */
    Map<COSDictionary, Map<Integer, COSName>> artifacts() {
        return artifacts;
    }
}
