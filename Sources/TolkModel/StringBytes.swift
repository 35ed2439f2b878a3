extension String {
    /// Calls `body` with the string's UTF-8 bytes in one contiguous buffer.
    ///
    /// Checks and extractors scan the bytes of every pair of every file; a
    /// loop over a buffer costs a fraction of one over `utf8`'s iterator,
    /// which re-examines the string's representation at every byte. Native
    /// strings are lent as they are; a bridged one is made native first.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var native = self
        return try native.withUTF8(body)
    }

    /// Whether any UTF-8 byte of the string satisfies `predicate`.
    @inlinable
    public func containsUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        withUTF8Bytes { $0.contains(where: predicate) }
    }
}

extension Substring {
    /// Calls `body` with the substring's UTF-8 bytes in one contiguous buffer
    /// (see `String.withUTF8Bytes`).
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var native = self
        return try native.withUTF8(body)
    }
}
