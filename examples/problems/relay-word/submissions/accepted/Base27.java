import java.util.Scanner;

public class Base27 {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        if (in.next().equals("encode")) {
            long number = 0;
            for (char letter : in.next().toCharArray()) {
                number = number * 27 + (letter - 'a' + 1);
            }
            System.out.println(number);
        } else {
            long number = in.nextLong();
            StringBuilder word = new StringBuilder();
            while (number > 0) {
                word.append((char) ('a' + number % 27 - 1));
                number /= 27;
            }
            System.out.println(word.reverse());
        }
    }
}
