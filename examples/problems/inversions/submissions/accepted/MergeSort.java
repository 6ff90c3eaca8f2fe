import java.io.DataInputStream;
import java.io.IOException;

/** Counts inversions while merge-sorting. */
public class MergeSort {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = next(in);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = next(in);
        }
        System.out.println(sort(a, new int[n], 0, n));
    }

    private static long sort(int[] a, int[] buffer, int from, int to) {
        if (to - from <= 1) {
            return 0;
        }
        int mid = (from + to) >>> 1;
        long count = sort(a, buffer, from, mid) + sort(a, buffer, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (a[i] <= a[j]) {
                buffer[k++] = a[i++];
            } else {
                count += mid - i;
                buffer[k++] = a[j++];
            }
        }
        while (i < mid) {
            buffer[k++] = a[i++];
        }
        while (j < to) {
            buffer[k++] = a[j++];
        }
        System.arraycopy(buffer, from, a, from, to - from);
        return count;
    }

    private static int next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0') {
            c = in.read();
        }
        int value = 0;
        while (c >= '0') {
            value = value * 10 + c - '0';
            c = in.read();
        }
        return value;
    }
}
