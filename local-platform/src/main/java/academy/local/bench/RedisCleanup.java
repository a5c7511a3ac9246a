package academy.local.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Deletes the benchmark's Redis keys (its own prefix) after the run: SCAN MATCH prefix* and DEL, in plain RESP. */
final class RedisCleanup {

    private RedisCleanup() {
    }

    static int deletePrefix(String redisUrl, String prefix) {
        URI uri = URI.create(redisUrl);
        int deleted = 0;
        try (Socket socket = new Socket(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            if (uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
                command(out, in, "AUTH", uri.getUserInfo().substring(uri.getUserInfo().indexOf(':') + 1));
            }
            String cursor = "0";
            do {
                @SuppressWarnings("unchecked")
                List<Object> page = (List<Object>) command(out, in, "SCAN", cursor, "MATCH", prefix + "*", "COUNT", "1000");
                cursor = (String) page.get(0);
                @SuppressWarnings("unchecked")
                List<Object> keys = (List<Object>) page.get(1);
                if (!keys.isEmpty()) {
                    List<String> del = new ArrayList<>(List.of("DEL"));
                    keys.forEach(k -> del.add((String) k));
                    deleted += ((Long) command(out, in, del.toArray(String[]::new))).intValue();
                }
            } while (!cursor.equals("0"));
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete the Redis keys " + prefix + "*: " + e.getMessage());
        }
        return deleted;
    }

    private static Object command(OutputStream out, InputStream in, String... args) throws IOException {
        StringBuilder b = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            b.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg).append("\r\n");
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return read(in);
    }

    private static Object read(InputStream in) throws IOException {
        int type = in.read();
        String line = line(in);
        switch (type) {
            case '+':
                return line;
            case '-':
                throw new IOException(line);
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
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(read(in));
                }
                return items;
            }
            default:
                throw new IOException("unexpected Redis answer " + (char) type + line);
        }
    }

    private static String line(InputStream in) throws IOException {
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
}
