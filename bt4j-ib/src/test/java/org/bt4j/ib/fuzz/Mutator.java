package org.bt4j.ib.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of TWS message payloads, the way a buggy or hostile peer would get them wrong:
 * fields dropped or added (wrong field counts), numbers replaced by text or by extreme values,
 * another message id on the same fields, flipped, cut or inserted bytes, invalid UTF-8, empty and
 * random payloads. Every case is reproducible from the seed; {@link #lastSteps()} names what was
 * done, for failure messages.
 *
 * <p>Threading: not thread-safe; one mutator per test thread.
 */
final class Mutator {

    /** Texts that are not numbers, or only almost. */
    private static final String[] JUNK = {"", "-", "abc", "1.5.2", "NaN", "nan", "+", ".", "e5", "1e400", "-1e400",
        "0x1F", " 12", "12 ", "\uff11\uff12", "99999999999999999999999", "-2147483649", "2147483648", "Infinity",
        "-Infinity", "true", "\\u12", "\\uZZZZ", "1,5", "\u221e", "1_000", "--1", "1e", "0.0.0", "\u0000"};
    /** Numbers a decoder may take literally as counts, ids or sizes. */
    private static final String[] EXTREME = {"2147483647", "-2147483648", "9223372036854775807",
        "-9223372036854775808", "-1", "1000000000", "1.7976931348623157E308", "4.9E-324", "-0", "65536", "16777216"};

    private final SplittableRandom rnd;
    private final List<String> steps = new ArrayList<>();

    Mutator(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** @return a uniformly random int in {@code [0, bound)} from this mutator's stream */
    int nextInt(int bound) {
        return rnd.nextInt(bound);
    }

    /** @return the mutation steps of the last {@link #mutate} call */
    String lastSteps() {
        return String.join(", ", steps);
    }

    /** Applies one to three random mutations to a copy of {@code payload}. */
    byte[] mutate(byte[] payload) {
        steps.clear();
        byte[] p = payload;
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            p = mutateOnce(p);
        }
        return p;
    }

    private byte[] mutateOnce(byte[] p) {
        int op = rnd.nextInt(13);
        switch (op) {
            case 0: {
                List<byte[]> f = fields(p);
                int keep = f.isEmpty() ? 0 : rnd.nextInt(f.size());
                steps.add("keep " + keep + " of " + f.size() + " fields");
                return join(f.subList(0, keep));
            }
            case 1: {
                List<byte[]> f = fields(p);
                int extra = 1 + rnd.nextInt(5);
                for (int i = 0; i < extra; i++) {
                    f.add(bytes(rnd.nextBoolean() ? pick(JUNK) : pick(EXTREME)));
                }
                steps.add(extra + " surplus fields");
                return join(f);
            }
            case 2:
                return replaceField(p, pick(JUNK), "junk");
            case 3:
                return replaceField(p, pick(EXTREME), "extreme");
            case 4: {
                List<byte[]> f = fields(p);
                String id = Integer.toString(rnd.nextInt(4) == 0 ? rnd.nextInt(200) - 20 : 1 + rnd.nextInt(110));
                if (f.isEmpty()) {
                    f.add(bytes(id));
                } else {
                    f.set(0, bytes(id));
                }
                steps.add("message id " + id);
                return join(f);
            }
            case 5: {
                List<byte[]> f = fields(p);
                if (f.size() > 1) {
                    int at = 1 + rnd.nextInt(f.size() - 1);
                    f.remove(at);
                    steps.add("drop field " + at);
                }
                return join(f);
            }
            case 6: {
                List<byte[]> f = fields(p);
                if (!f.isEmpty()) {
                    int at = rnd.nextInt(f.size());
                    f.add(at, f.get(at));
                    steps.add("duplicate field " + at);
                }
                return join(f);
            }
            case 7: {
                byte[] q = p.clone();
                int flips = 1 + rnd.nextInt(4);
                for (int i = 0; i < flips && q.length > 0; i++) {
                    q[rnd.nextInt(q.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                steps.add(flips + " bit flips");
                return q;
            }
            case 8: {
                int cut = p.length == 0 ? 0 : rnd.nextInt(p.length);
                steps.add("cut at byte " + cut + " of " + p.length);
                return java.util.Arrays.copyOf(p, cut);
            }
            case 9: {
                byte[] q = new byte[rnd.nextInt(300)];
                for (int i = 0; i < q.length; i++) {
                    q[i] = (byte) (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(256));
                }
                steps.add("random payload of " + q.length + " bytes");
                return q;
            }
            case 10: {
                int at = rnd.nextInt(p.length + 1);
                byte[] q = new byte[p.length + 1];
                System.arraycopy(p, 0, q, 0, at);
                System.arraycopy(p, at, q, at + 1, p.length - at);
                steps.add("NUL inserted at " + at);
                return q;
            }
            case 11: {
                List<byte[]> f = fields(p);
                if (!f.isEmpty()) {
                    int at = rnd.nextInt(f.size());
                    f.set(at, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82});
                    steps.add("invalid UTF-8 in field " + at);
                }
                return join(f);
            }
            default:
                steps.add("empty payload");
                return new byte[0];
        }
    }

    private byte[] replaceField(byte[] p, String with, String what) {
        List<byte[]> f = fields(p);
        if (f.isEmpty()) {
            return p;
        }
        int at = rnd.nextInt(f.size());
        f.set(at, bytes(with));
        steps.add(what + " '" + with + "' in field " + at);
        return join(f);
    }

    private String pick(String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** Splits a payload at its NULs; a trailing unterminated run counts as a field. */
    static List<byte[]> fields(byte[] p) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 0) {
                out.add(java.util.Arrays.copyOfRange(p, start, i));
                start = i + 1;
            }
        }
        if (start < p.length) {
            out.add(java.util.Arrays.copyOfRange(p, start, p.length));
        }
        return out;
    }

    /** Joins fields, each terminated by a NUL, as the codec writes them. */
    static byte[] join(List<byte[]> fields) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] f : fields) {
            b.writeBytes(f);
            b.write(0);
        }
        return b.toByteArray();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
