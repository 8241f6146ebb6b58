package kr.policy.checker.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which webhook URLs the service will call: https only, and never an address on this machine or a private network
 * (no reaching internal services through a subscription), unless the operator allows them. Checked at subscription
 * and again before every send, since a name can resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookTargets {
    @ConfigProperty(name = "checker.webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    @ConfigProperty(name = "checker.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivate;

    /** Null when the URL may be called, else why not. */
    public String refusal(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null) {
            return "not an absolute URL";
        }
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return "only https URLs are called";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
                if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                        || a.isMulticastAddress()) {
                    return "the host resolves to a private or local address";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "the host does not resolve";
        }
    }
}
