import java.util.Scanner;

/** The largest proper divisor: n over the smallest prime factor. Another correct answer than smallest.py's. */
public class Largest {
    public static void main(String[] args) {
        long n = new Scanner(System.in).nextLong();
        long d = 2;
        while (n % d != 0) {
            d++;
        }
        System.out.println(n / d);
    }
}
