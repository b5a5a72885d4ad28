import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of bt4j-cli (run by the pom in Java's source-file mode, after the shaded jar is made):
 * rewrites, inside the jar, the classes below a package folder whose class-file version is older
 * than Java 6 (picocli's are Java 5, version 49) as version 52, with the stack map frames ASM
 * computes, changing nothing else. Java 17's class-data sharing leaves pre-Java-6 classes out of
 * its archive ("Pre JDK 6 class not supported by CDS"), so without this every bt4j command loads,
 * parses and verifies picocli's ~230 classes from the jar at start-up (BENCHMARKS.md §11).
 * Usage: {@code java -cp asm.jar ClassVersionLift.java JAR FOLDER}. Single-threaded.
 */
public final class ClassVersionLift {

    private ClassVersionLift() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClassVersionLift JAR FOLDER");
        }
        Path jar = Path.of(args[0]);
        int lifted = 0;
        // common superclasses for the frames are looked up among the jar's own classes and the JDK's
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
             FileSystem fs = FileSystems.newFileSystem(jar)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(fs.getPath("/" + args[1]))) {
                files = s.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path p : files) {
                byte[] b = Files.readAllBytes(p);
                int major = (b[6] & 0xff) << 8 | (b[7] & 0xff);
                if (major >= Opcodes.V1_6) {
                    continue;
                }
                ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                    @Override
                    protected ClassLoader getClassLoader() {
                        return classes;
                    }
                };
                new ClassReader(b).accept(new ClassVisitor(Opcodes.ASM9, w) {
                    @Override
                    public void visit(int version, int access, String name, String signature, String superName,
                                      String[] interfaces) {
                        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
                    }
                }, ClassReader.SKIP_FRAMES);
                Files.write(p, w.toByteArray());
                lifted++;
            }
        }
        System.out.println("ClassVersionLift: " + lifted + " classes below " + args[1] + "/ now version 52");
    }
}
