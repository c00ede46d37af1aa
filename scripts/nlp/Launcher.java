// A Stanford CoreNLP HTTP server bound to 127.0.0.1, for development,
// tests and CI; nlp-server.ts spawns it with the classpath Maven resolved
// from pom.xml. CoreNLP's own StanfordCoreNLPServer binds every interface and
// has no host option, hence this launcher.
//
// It speaks the official server's protocol, so that KG_NLP_URL may point at
// either (or at several behind a load balancer):
//   POST /?properties=<url-encoded JSON>[&pipelineLanguage=<lang>]
//        body: the text (UTF-8)  ->  CoreNLP's JSON output
//   GET  /live   200 while the process serves
//   GET  /ready  200 once the preloaded pipelines are built, 503 before
//
// Usage: java -cp <classpath> Launcher --home DIR [--port 9000] [--threads 2]
//        [--preload FILE] [--bind 127.0.0.1]
// FILE holds {"<language>": {<properties>}, ...}: one pipeline per entry is
// built before the server reports ready, so that the first article is not
// ~20 s late while models load.
//
// Lines starting with "KG_NLP " on stdout are read by nlp-server.ts.
// Kept to the JDK and CoreNLP's public API so it also runs as a single-file
// source program (java -cp <classpath> Launcher.java ...).

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.pipeline.LanguageInfo;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.LanguageInfo.HumanLanguage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;

public final class Launcher {
  private static final String VERSION = "corenlp-4.5.10";

  /** Pipelines by their effective properties: each costs seconds and hundreds of MB to build. */
  private final Map<String, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();

  /**
   * At most --threads texts are parsed at once; the HTTP threads are more, so
   * that /live and /ready answer while every parser is busy.
   */
  private final Semaphore parsers;

  private volatile boolean ready;

  private Launcher(int threads) {
    this.parsers = new Semaphore(threads);
  }

  public static void main(String[] argv) throws IOException {
    Map<String, String> args = parseArgs(argv);
    int port = Integer.parseInt(args.getOrDefault("port", "9000"));
    int threads = Integer.parseInt(args.getOrDefault("threads", "2"));
    String preload = args.get("preload");
    // Loopback unless told otherwise: the server has no authentication and parses
    // whatever it is sent. Only a container binds 0.0.0.0, behind its network.
    String bind = args.getOrDefault("bind", "127.0.0.1");

    Launcher launcher = new Launcher(threads);
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bind), port), 64);
    } catch (IOException e) {
      System.out.println("KG_NLP FAILED cannot bind " + bind + ":" + port + ": " + e);
      System.exit(1);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads + 4);
    server.setExecutor(pool);
    server.createContext("/live", exchange -> launcher.answer(exchange, 200, "live\n"));
    server.createContext(
        "/ready",
        exchange ->
            launcher.answer(exchange, launcher.ready ? 200 : 503, launcher.ready ? "ready\n" : "loading\n"));
    server.createContext("/", launcher::annotate);
    server.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("KG_NLP STOPPING");
                  server.stop(1);
                  pool.shutdownNow();
                  System.out.println("KG_NLP STOPPED");
                },
                "kg-nlp-shutdown"));

    long started = System.nanoTime();
    try {
      if (preload != null) launcher.preload(Path.of(preload), threads);
    } catch (RuntimeException | IOException | InterruptedException e) {
      System.out.println("KG_NLP FAILED preloading: " + e);
      e.printStackTrace(System.out);
      System.exit(1);
    }
    launcher.ready = true;
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    System.out.println(
        "KG_NLP READY " + VERSION + " http://" + bind + ":" + port + " preloaded in " + seconds + " s");
    System.out.flush();
  }

  /** Builds the languages' pipelines side by side (model loading is single-threaded per model). */
  private void preload(Path file, int threads) throws IOException, InterruptedException {
    JsonObject languages = parseJson(Files.readString(file, StandardCharsets.UTF_8));
    ExecutorService loaders = Executors.newFixedThreadPool(threads);
    List<Future<?>> loading = new ArrayList<>();
    for (Map.Entry<String, JsonValue> entry : languages.entrySet()) {
      Map<String, String> requested = asStrings(entry.getValue().asJsonObject());
      loading.add(loaders.submit(() -> load(entry.getKey(), requested)));
    }
    loaders.shutdown();
    try {
      for (Future<?> future : loading) future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private Void load(String language, Map<String, String> requested) throws IOException {
    long started = System.nanoTime();
    pipeline(effectiveProperties(requested, null)).annotate(new Annotation("Warm up."));
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.println("KG_NLP LOADED " + language + " in " + ms + " ms");
    return null;
  }

  /**
   * The request's properties on top of its language's defaults (the
   * StanfordCoreNLP-<language>.properties file of that language's model jar),
   * as the official server merges them.
   */
  private static Properties effectiveProperties(Map<String, String> requested, String language)
      throws IOException {
    String lang = requested.getOrDefault("pipelineLanguage", language);
    Properties props = new Properties();
    // English is CoreNLP's built-in default: it has no properties file of its own.
    if (lang != null && !lang.isEmpty() && !"default".equals(lang)) {
      HumanLanguage human = LanguageInfo.getLanguageFromString(lang);
      if (human == null) throw new IllegalArgumentException("unknown pipelineLanguage " + lang);
      if (human != HumanLanguage.ENGLISH) props.putAll(LanguageInfo.getLanguageProperties(lang));
    }
    requested.forEach(
        (key, value) -> {
          if (!"pipelineLanguage".equals(key)) props.setProperty(key, value);
        });
    return props;
  }

  private static JsonObject parseJson(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** Property values as CoreNLP reads them: strings ({"ner.useSUTime": false} works too). */
  private static Map<String, String> asStrings(JsonObject object) {
    Map<String, String> strings = new HashMap<>();
    object.forEach(
        (key, value) ->
            strings.put(
                key,
                value instanceof JsonString ? ((JsonString) value).getString() : value.toString()));
    return strings;
  }

  private StanfordCoreNLP pipeline(Properties props) {
    String key = new TreeMap<>(props).toString();
    return pipelines.computeIfAbsent(key, unused -> new StanfordCoreNLP(props));
  }

  private void annotate(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"/".equals(exchange.getRequestURI().getPath())) {
        answer(exchange, 404, "not found\n");
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "POST the text to /?properties=<json>\n");
        return;
      }
      Map<String, String> query = parseQuery(exchange.getRequestURI());
      Properties props;
      try {
        Map<String, String> requested = asStrings(parseJson(query.getOrDefault("properties", "{}")));
        props = effectiveProperties(requested, query.get("pipelineLanguage"));
      } catch (RuntimeException | IOException e) {
        answer(exchange, 400, "bad properties: " + e.getMessage() + "\n");
        return;
      }
      String text;
      try (InputStream body = exchange.getRequestBody()) {
        text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
      byte[] json;
      try {
        json = parse(props, text);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        answer(exchange, 503, "shutting down\n");
        return;
      } catch (RuntimeException e) {
        e.printStackTrace(System.out);
        answer(exchange, 500, "CoreNLP failed: " + e + "\n");
        return;
      }
      send(exchange, 200, "application/json; charset=utf-8", json);
    }
  }

  /** CoreNLP's JSON for the text, once a parser is free. */
  private byte[] parse(Properties props, String text) throws InterruptedException, IOException {
    parsers.acquire();
    try {
      StanfordCoreNLP pipeline = pipeline(props);
      Annotation annotation = new Annotation(text);
      pipeline.annotate(annotation);
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      JSONOutputter.jsonPrint(annotation, json, pipeline);
      return json.toByteArray();
    } finally {
      parsers.release();
    }
  }

  private void answer(HttpExchange exchange, int status, String text) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    exchange.close();
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static Map<String, String> parseQuery(URI uri) {
    Map<String, String> query = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) return query;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) continue;
      query.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  private static Map<String, String> parseArgs(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + argv[i]);
      }
      args.put(argv[i].substring(2), argv[i + 1]);
    }
    return args;
  }
}
