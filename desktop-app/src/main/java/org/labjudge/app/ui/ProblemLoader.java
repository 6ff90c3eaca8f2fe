package org.labjudge.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.labjudge.app.publish.StudentCopy;
import org.labjudge.problem.ProblemPackage;
import org.labjudge.problem.ProblemPackageException;
import org.labjudge.problem.ProblemPackages;

/**
 * Opens either one problem package (a folder with {@code problem.yaml}) or a student copy of a published one, or a
 * folder of packages as a set.
 */
final class ProblemLoader {

    private ProblemLoader() {
    }

    static List<ProblemPackage> load(Path path) throws ProblemPackageException {
        if (Files.isRegularFile(path.resolve("problem.yaml")) || StudentCopy.isOne(path)) {
            return List.of(StudentCopy.load(path));
        }
        List<ProblemPackage> set = ProblemPackages.loadSet(path);
        if (set.isEmpty()) {
            throw new ProblemPackageException(path + ": no problem package here (a package has a problem.yaml)");
        }
        return set;
    }
}
