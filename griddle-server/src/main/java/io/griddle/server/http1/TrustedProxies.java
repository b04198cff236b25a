package io.griddle.server.http1;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The addresses whose forwarding headers are believed ({@code --forwarded-allow-ips}): single IPs, CIDR blocks
 * ({@code 10.0.0.0/8}, {@code fd00::/8}) or {@code *} for everyone.
 *
 * <pre>{@code
 * TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8");
 * proxies.trusts(InetAddress.getByName("10.1.2.3"));   // true
 * }</pre>
 */
public final class TrustedProxies {

    private record Block(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final boolean everyone;
    private final List<Block> blocks;

    private TrustedProxies(boolean everyone, List<Block> blocks) {
        this.everyone = everyone;
        this.blocks = blocks;
    }

    /**
     * Parses a comma-separated list.
     *
     * @throws IllegalArgumentException naming the entry that is neither an IP, a CIDR block nor {@code *}
     */
    public static TrustedProxies parse(String list) {
        boolean everyone = false;
        List<Block> blocks = new ArrayList<>();
        for (String raw : list.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                everyone = true;
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash), entry);
            int prefix = address.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an IP, a CIDR block or *: " + entry);
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("prefix out of range in " + entry);
                }
            }
            blocks.add(new Block(address, prefix));
        }
        return new TrustedProxies(everyone, List.copyOf(blocks));
    }

    // Only literal addresses: a host name here would mean a DNS lookup, and trust in whatever it answers.
    private static byte[] literal(String text, String entry) {
        if (!text.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            throw new IllegalArgumentException("not an IP, a CIDR block or *: " + entry);
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP, a CIDR block or *: " + entry);
        }
    }

    /** Whether headers from this peer are believed. */
    public boolean trusts(InetAddress peer) {
        if (everyone) {
            return true;
        }
        if (peer == null) {
            return false;
        }
        byte[] address = peer.getAddress();
        for (Block block : blocks) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a textual address (from a header) is trusted; false for anything that is not a literal IP. */
    boolean trusts(String address) {
        if (everyone) {
            return true;
        }
        try {
            return trusts(InetAddress.getByAddress(literal(address, address)));
        } catch (IllegalArgumentException | UnknownHostException notAnAddress) {
            return false;
        }
    }
}
