/// FNV-1a, 64 bits: stable hashes for ids, content hashes and fingerprints
/// (Swift's `Hasher` is seeded per process, so it cannot be used for output).
public enum FNV1a {
    public static func hash<S: Sequence>(_ bytes: S, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// The first 8 hex digits of the hash of `text`'s UTF-8: short, stable key parts.
    public static func hex(_ text: String) -> String {
        String(String(hash(text.utf8), radix: 16).leftPadded(to: 16).prefix(8))
    }
}
