package org.labjudge.node.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
  * A pipe between threads: bytes written to {@link #sink()} are read from {@link #source()}.
  * Unlike {@link java.io.PipedInputStream}, any thread may write (the node's request threads
  * come and go) and reads can wait with a deadline.
  */
final class ByteQueue {
    private final Object lock = new Object();
    private final Deque<byte[]> chunks = new ArrayDeque<>();
    private int headOffset;
    private boolean closed;
    private long deadlineNanos = Long.MAX_VALUE;

    /** From now on, reads that would wait past this many milliseconds fail; 0 for no deadline. */
    void readDeadline(long millis) {
        synchronized (lock) {
            deadlineNanos = millis <= 0 ? Long.MAX_VALUE : System.nanoTime() + millis * 1_000_000;
        }
    }

    void write(byte[] bytes, int off, int len) {
        if (len == 0) {
            return;
        }
        byte[] copy = new byte[len];
        System.arraycopy(bytes, off, copy, 0, len);
        synchronized (lock) {
            if (!closed) {
                chunks.addLast(copy);
                lock.notifyAll();
            }
        }
    }

    void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    private int read(byte[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        synchronized (lock) {
            while (chunks.isEmpty()) {
                if (closed) {
                    return -1;
                }
                long waitNanos = deadlineNanos - System.nanoTime();
                if (waitNanos <= 0) {
                    throw new ReadTimeoutException();
                }
                try {
                    lock.wait(Math.max(1, Math.min(waitNanos / 1_000_000, 1000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the sandbox");
                }
            }
            byte[] head = chunks.peekFirst();
            int n = Math.min(len, head.length - headOffset);
            System.arraycopy(head, headOffset, target, off, n);
            headOffset += n;
            if (headOffset == head.length) {
                chunks.removeFirst();
                headOffset = 0;
            }
            return n;
        }
    }

    OutputStream sink() {
        return new OutputStream() {
            @Override
            public void write(int b) {
                ByteQueue.this.write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                ByteQueue.this.write(b, off, len);
            }

            @Override
            public void close() {
                ByteQueue.this.close();
            }
        };
    }

    InputStream source() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = ByteQueue.this.read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return ByteQueue.this.read(b, off, len);
            }

            @Override
            public void close() {
                ByteQueue.this.close();
            }
        };
    }

    /** A read waited past its deadline. */
    static final class ReadTimeoutException extends IOException {
        ReadTimeoutException() {
            super("the sandbox did not answer in time");
        }
    }
}
