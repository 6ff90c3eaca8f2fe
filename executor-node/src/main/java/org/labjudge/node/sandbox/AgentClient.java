package org.labjudge.node.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
  * Speaks the wire format of {@code lj-agent}, the PID 1 of every sandbox container. The format
  * is described once, in the comment at the top of {@code installers/images/base/lj-agent.c};
  * {@link #PROTOCOL_VERSION} and {@link ExecFlag}'s bits must match it. One request at a time; while a live
  * execution runs, its {@link LiveInput} may send its frames from other threads.
  */
final class AgentClient {
    static final int PROTOCOL_VERSION = 3;
    /**
     * The oldest agent the node still works with. The node starts the agent as root ({@link ContainerRules#AGENT_USER}),
     * and agents before protocol 3 would run the programs as root too: they are refused.
     */
    static final int OLDEST_PROTOCOL = 3;
    /** How long past its own wall-clock limit an execution may take to be reported. */
    private static final long REPLY_GRACE_MS = 5_000;
    private static final long QUICK_REPLY_MS = 30_000;
    private static final int MAX_FIELD = 256 * 1024 * 1024;

    private final DataInputStream in;
    private final OutputStream out;
    private final LongConsumer readDeadline;

    /**
      * @param readDeadline sets how long the next reads may wait, in milliseconds
      */
    AgentClient(InputStream in, OutputStream out, LongConsumer readDeadline) {
        this.in = new DataInputStream(in);
        this.out = out;
        this.readDeadline = readDeadline;
    }

    /** Checks that the agent answers and speaks our protocol; returns its cgroup mode. */
    synchronized String ping() {
        send(new Message('P'));
        expect('p', QUICK_REPLY_MS);
        int version = readInt();
        String cgroupMode = new String(readField(), StandardCharsets.UTF_8);
        if (version < OLDEST_PROTOCOL || version > PROTOCOL_VERSION) {
            throw new SandboxException(
                    "sandbox agent speaks protocol " + version + ", the node " + PROTOCOL_VERSION
                            + ": rebuild the runtime images");
        }
        return cgroupMode;
    }

    synchronized void writeFile(String name, byte[] content, boolean executable) {
        Message m = new Message('W');
        m.string(name);
        m.int32(executable ? 0755 : 0644);
        m.bytes(content);
        send(m);
        expect('w', QUICK_REPLY_MS);
        int errno = readInt();
        if (errno != 0) {
            throw new SandboxException("cannot write " + name + " into the sandbox (errno " + errno + ")");
        }
    }

    /**
     * @param processes the programs' user's RLIMIT_NPROC, 0 for none ({@link SandboxRuntime#programProcessLimit})
     */
    synchronized ExecResult execute(ExecRequest request, int processes) {
        send(executeMessage('X', request, processes));
        expect('x', request.wallTimeMs() + REPLY_GRACE_MS);
        return readResult();
    }

    /**
     * A live execution: output frames go to {@code output} until the result comes; meanwhile {@code input}
     * sends typed input, its end and a stop. The agent drops what {@code input} sent after the result once it
     * reads the closing 'F', which {@code input} sends as it detaches, so no frame can follow it.
     */
    synchronized ExecResult executeLive(ExecRequest request, int processes, LiveInput input, LiveOutput output) {
        send(executeMessage('L', request, processes));
        input.attach(new LiveChannel());
        boolean ended = false;
        try {
            readDeadline.accept(request.wallTimeMs() + REPLY_GRACE_MS);
            while (true) {
                int type = readType();
                if (type == 'o') {
                    output.stdout(readField());
                } else if (type == 'e') {
                    output.stderr(readField());
                } else if (type == 'x') {
                    ExecResult result = readResult();
                    ended = true;
                    return result;
                } else {
                    throw new SandboxException("the sandbox sent '" + (char) type + "' during a live execution");
                }
            }
        } finally {
            boolean closing = ended;
            input.detach(() -> {
                if (closing) {
                    send(new Message('F'));
                }
            });
        }
    }

    /** Sends the frames of a live execution's input; {@link LiveInput} calls it under its own lock. */
    private final class LiveChannel implements LiveInput.Channel {
        @Override
        public void type(byte[] data) {
            Message m = new Message('I');
            m.bytes(data);
            send(m);
        }

        @Override
        public void end() {
            send(new Message('E'));
        }

        @Override
        public void stop() {
            send(new Message('K'));
        }
    }

    private Message executeMessage(char type, ExecRequest request, int processes) {
        Message m = new Message(type);
        m.int32((int) Math.min(Integer.MAX_VALUE, request.cpuTimeMs()));
        m.int32((int) Math.min(Integer.MAX_VALUE, request.wallTimeMs()));
        m.int32(request.outputCapBytes());
        m.int64(request.fileSizeBytes());
        m.int64(request.addressSpaceBytes());
        m.int32(processes);
        m.int32(request.command().size());
        request.command().forEach(m::string);
        m.int32(request.environment().size());
        request.environment().forEach(m::string);
        m.bytes(request.stdin());
        return m;
    }

    private ExecResult readResult() {
        int exitCode = readInt();
        int signal = readInt();
        long cpuUs = readLong();
        long wallUs = readLong();
        long maxRssKb = readLong();
        int flags = readInt();
        byte[] stdout = readField();
        byte[] stderr = readField();
        String message = new String(readField(), StandardCharsets.UTF_8);
        return new ExecResult(
                exitCode, signal, cpuUs, wallUs, maxRssKb, ExecFlag.fromBits(flags), stdout, stderr,
                message);
    }

    synchronized void reset() {
        send(new Message('Z'));
        expect('z', QUICK_REPLY_MS);
        int errno = readInt();
        if (errno != 0) {
            throw new SandboxException("the sandbox could not be emptied (errno " + errno + ")");
        }
    }

    private void send(Message message) {
        try {
            out.write(message.toByteArray());
            out.flush();
        } catch (IOException e) {
            throw new SandboxException("the sandbox is gone: " + e.getMessage(), e);
        }
    }

    private void expect(char type, long timeoutMs) {
        readDeadline.accept(timeoutMs);
        int got = readType();
        if (got != type) {
            throw new SandboxException(
                    "the sandbox answered '" + (char) got + "' to a '" + Character.toUpperCase(type) + "'");
        }
    }

    private int readType() {
        int got;
        try {
            got = in.read();
        } catch (IOException e) {
            throw new SandboxException("the sandbox did not answer: " + e.getMessage(), e);
        }
        if (got < 0) {
            throw new SandboxException("the sandbox closed its connection");
        }
        return got;
    }

    private int readInt() {
        return ByteBuffer.wrap(readExactly(4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private long readLong() {
        return ByteBuffer.wrap(readExactly(8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private byte[] readField() {
        int len = readInt();
        if (len < 0 || len > MAX_FIELD) {
            throw new SandboxException("the sandbox sent a field of " + Integer.toUnsignedString(len)
                    + " bytes");
        }
        return readExactly(len);
    }

    private byte[] readExactly(int n) {
        byte[] bytes = new byte[n];
        try {
            in.readFully(bytes);
        } catch (EOFException e) {
            throw new SandboxException("the sandbox closed its connection mid-answer", e);
        } catch (IOException e) {
            throw new SandboxException("the sandbox did not answer: " + e.getMessage(), e);
        }
        return bytes;
    }

    /** A request being encoded. */
    private static final class Message {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Message(char type) {
            bytes.write(type);
        }

        void int32(int v) {
            bytes.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        void int64(long v) {
            bytes.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        void bytes(byte[] data) {
            int32(data.length);
            bytes.writeBytes(data);
        }

        void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
