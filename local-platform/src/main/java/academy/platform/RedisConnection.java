package academy.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One plain RESP connection to Redis, for the tools around the platform (benchmark clean-up,
 * fault-run checks) that need a handful of commands and no client library. Answers are
 * strings, longs, null or lists of those; a Redis error is a {@link PlatformException}.
 */
public final class RedisConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    private RedisConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    /** Connects to {@code redis://[:password@]host:port}. */
    public static RedisConnection open(String redisUrl) {
        URI uri = URI.create(redisUrl);
        try {
            Socket socket = new Socket(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379);
            socket.setSoTimeout(10_000);
            RedisConnection connection = new RedisConnection(socket);
            if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
                connection.command("AUTH", uri.getUserInfo().substring(uri.getUserInfo().indexOf(':') + 1));
            }
            return connection;
        } catch (IOException e) {
            throw new PlatformException("Redis at " + uri.getHost() + ":" + uri.getPort() + " is not answering: " + e.getMessage(), e);
        }
    }

    public Object command(String... args) {
        StringBuilder b = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            b.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
        }
        try {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read();
        } catch (IOException e) {
            throw new PlatformException("Redis " + args[0] + " failed: " + e.getMessage(), e);
        }
    }

    /** Every key matching {@code pattern} (SCAN, never KEYS). */
    @SuppressWarnings("unchecked")
    public List<String> keys(String pattern) {
        List<String> keys = new ArrayList<>();
        String cursor = "0";
        do {
            List<Object> page = (List<Object>) command("SCAN", cursor, "MATCH", pattern, "COUNT", "1000");
            cursor = (String) page.get(0);
            ((List<Object>) page.get(1)).forEach(key -> keys.add((String) key));
        } while (!cursor.equals("0"));
        return keys;
    }

    private Object read() throws IOException {
        int type = in.read();
        String line = line();
        switch (type) {
            case '+':
                return line;
            case '-':
                throw new PlatformException("Redis answered " + line);
            case ':':
                return Long.parseLong(line);
            case '$': {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return null;
                }
                byte[] data = in.readNBytes(n + 2);
                return new String(data, 0, n, StandardCharsets.UTF_8);
            }
            case '*': {
                int n = Integer.parseInt(line);
                if (n < 0) {
                    return null;
                }
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(read());
                }
                return items;
            }
            default:
                throw new IOException("unexpected Redis answer " + (char) type + line);
        }
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != '\r') {
            if (c < 0) {
                throw new IOException("Redis closed the connection");
            }
            b.append((char) c);
        }
        in.read();
        return b.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
