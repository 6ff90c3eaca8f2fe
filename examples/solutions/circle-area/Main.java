import java.util.Locale;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        double r = new Scanner(System.in).useLocale(Locale.ROOT).nextDouble();
        System.out.printf(Locale.ROOT, "%.9f%n", Math.PI * r * r);
    }
}
