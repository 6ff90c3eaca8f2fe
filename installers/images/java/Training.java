// Compiled once at image build so that javac's class-data archive holds what a typical student
// program makes javac load: generics, lambdas and streams, records, switch expressions, I/O.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Scanner;
import java.util.stream.Collectors;

public class Main {
    record Point(int x, int y) {
        int manhattan() {
            return Math.abs(x) + Math.abs(y);
        }
    }

    enum Kind { SMALL, LARGE }

    interface Shape {
        double area();
    }

    static <T extends Comparable<T>> T max(List<T> items) {
        T best = items.get(0);
        for (T item : items) {
            if (item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line = in.readLine();
        List<Integer> numbers = new ArrayList<>();
        Map<String, Long> counts = new HashMap<>();
        if (line != null) {
            for (String word : line.trim().split("\\s+")) {
                counts.merge(word, 1L, Long::sum);
                try {
                    numbers.add(Integer.parseInt(word));
                } catch (NumberFormatException e) {
                    System.err.println("not a number: " + word);
                }
            }
        }
        Shape circle = () -> Math.PI * 2 * 2;
        Kind kind = numbers.size() > 10 ? Kind.LARGE : Kind.SMALL;
        String label = switch (kind) {
            case SMALL -> "small";
            case LARGE -> "large";
        };
        long[] prefix = new long[numbers.size() + 1];
        for (int i = 0; i < numbers.size(); i++) {
            prefix[i + 1] = prefix[i] + numbers.get(i);
        }
        StringBuilder out = new StringBuilder();
        out.append(label).append(' ').append(new Point(3, -4).manhattan()).append('\n');
        out.append(String.format("%.3f%n", circle.area()));
        out.append(numbers.isEmpty() ? "none" : String.valueOf(max(numbers))).append('\n');
        out.append(counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","))).append('\n');
        Scanner unused = new Scanner("1 2");
        out.append(unused.nextInt() + unused.nextInt()).append('\n');
        System.out.print(out);
    }
}
