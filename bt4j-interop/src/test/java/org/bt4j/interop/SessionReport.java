package org.bt4j.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client's session script printed (see {@code interop_check.py}): the steps that passed, the
 * problems per step, and the summary line. Immutable.
 */
record SessionReport(Set<String> passed, Map<String, List<String>> problems, String summary) {

    private static final Pattern STEP_OK = Pattern.compile("^step (.+) ok \\(");
    private static final Pattern PROBLEM = Pattern.compile("^PROBLEM \\[(.*?)] (.*)$");

    static SessionReport parse(String output) {
        Set<String> ok = new LinkedHashSet<>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        String summary = null;
        for (String line : output.split("\n")) {
            Matcher m = STEP_OK.matcher(line);
            Matcher p = PROBLEM.matcher(line);
            if (m.find()) {
                ok.add(m.group(1));
            } else if (p.find()) {
                problems.computeIfAbsent(p.group(1), k -> new ArrayList<>()).add(p.group(2));
            } else if (line.contains(": session clean in ") || line.matches(".*: \\d+ problem\\(s\\) in .*")) {
                summary = line.trim();
            }
        }
        return new SessionReport(ok, problems, summary);
    }

    /** Null when the session finished with no problem, else why it failed (each problem under its step). */
    String verdict(int exitCode) {
        if (summary == null || (exitCode != 0 && exitCode != 1)) {
            return "the session did not finish (exit " + exitCode + ")";
        }
        List<String> wrong = new ArrayList<>();
        problems.forEach((step, list) -> wrong.add("[" + step + "] " + String.join(" / ", list)));
        return wrong.isEmpty() && exitCode == 0 ? null : String.join("\n", wrong);
    }

    /** One line for the build log. */
    String summaryLine() {
        return passed.size() + " steps passed [" + summary + "]";
    }
}
