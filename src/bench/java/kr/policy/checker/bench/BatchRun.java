package kr.policy.checker.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One batch POST, timed from sending the first byte to receiving the last; then its answer is checked. */
final class BatchRun {
    record Figures(String domain, int cases, double seconds, long requestBytes, long responseBytes, int answered,
                   int problems) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private BatchRun() {
    }

    static Figures run(ServiceProcess service, String domain, byte[] body, int cases)
            throws IOException, InterruptedException {
        return run(service, domain, body, cases, null);
    }

    /** As {@link #run(ServiceProcess, String, byte[], int)}; with an API key, every answered case is also stored. */
    static Figures run(ServiceProcess service, String domain, byte[] body, int cases, String apiKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(service.uri(Bodies.evaluationPath(domain) + "/batch"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        HttpRequest request = builder.build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("batch of " + cases + " answered " + response.statusCode() + ": "
                    + new String(response.body(), 0, Math.min(500, response.body().length)));
        }
        int[] counts = count(response.body());
        if (counts[0] + counts[1] != cases) {
            throw new IllegalStateException("batch of " + cases + " answered " + (counts[0] + counts[1]) + " results");
        }
        return new Figures(domain, cases, seconds, body.length, response.body().length, counts[0], counts[1]);
    }

    /** Evaluations and problems among the results (a problem carries "status"), by streaming through the answer. */
    private static int[] count(byte[] answer) throws IOException {
        int evaluations = 0;
        int problems = 0;
        try (JsonParser parser = new JsonFactory().createParser(answer)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "results".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        boolean problem = false;
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            problem |= "status".equals(parser.currentName());
                            parser.nextToken();
                            parser.skipChildren();
                        }
                        if (problem) {
                            problems++;
                        } else {
                            evaluations++;
                        }
                    }
                }
            }
        }
        return new int[] {evaluations, problems};
    }
}
