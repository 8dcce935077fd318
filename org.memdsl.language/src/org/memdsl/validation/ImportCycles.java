package org.memdsl.validation;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Cycles among the imports of a spec's files: a file that imports itself through others. */
final class ImportCycles {

    private ImportCycles() {
    }

    /**
     * The shortest chain of imports from {@code start} to {@code goal} (both included), or empty
     * when {@code goal} cannot be reached; {@code edges} maps each file to its imports.
     */
    static <K> List<Path> path(Map<Path, List<Map.Entry<K, Path>>> edges, Path start, Path goal) {
        Map<Path, Path> cameFrom = new HashMap<>();
        Deque<Path> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            Path file = queue.poll();
            if (file.equals(goal)) {
                List<Path> chain = new ArrayList<>();
                for (Path p = goal; !p.equals(start); p = cameFrom.get(p)) {
                    chain.add(p);
                }
                chain.add(start);
                Collections.reverse(chain);
                return chain;
            }
            for (var edge : edges.getOrDefault(file, List.of())) {
                if (cameFrom.putIfAbsent(edge.getValue(), file) == null) {
                    queue.add(edge.getValue());
                }
            }
        }
        return List.of();
    }

    /** {@code import cycle: a.mem → b.mem → a.mem …}, file names relative to {@code from}'s folder. */
    static String describe(Path from, List<Path> back) {
        Path folder = from.getParent();
        String chain = back.stream().map(p -> folder == null ? p.toString() : folder.relativize(p).toString())
                .collect(Collectors.joining(" → "));
        String self = folder == null ? from.toString() : from.getFileName().toString();
        return "import cycle: " + self + " → " + chain + "; files must not import each other (move what they share "
                + "into a file both import)";
    }
}
